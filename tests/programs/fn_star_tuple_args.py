# f(*args) where args is a tuple variable: *args of a varargs function
# passed on, a tuple parameter, and tuples spread into functions, methods,
# classes, values that may be several functions, and other *args.


def add3(a, b, c):
    return a + b + c


def mul3(a, b, c):
    return a * b * c


def apply(f, *args):
    return f(*args)


def count(*items):
    return len(items)


def forward(*args):
    return count(*args)


def spread(t):
    return add3(*t)


class Box(object):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scaled(self, k, extra):
        return Box(self.w * k + extra, self.h * k + extra)

    def area(self):
        return self.w * self.h


def main(argv):
    n = len(argv)
    print(apply(add3, 1, 2, 3), apply(add3, 10, 20, 30), apply(mul3, 2, 3, 4))
    print(forward(), forward(1, 2), forward('a', 'b', 'c'))
    t = (n, n + 1, n + 2)
    print(spread(t), spread((5, 6, 7)))
    print(add3(1, *t[1:]))
    dims = (3, 4)
    b = Box(*dims)
    print(b.area(), b.scaled(*(2, 1)).area())
    ops = [add3, mul3]
    for f in ops:
        print(f(*t))
    args = (n, 'x')
    pair = (2, n)
    print(count(*args), b.scaled(*pair).area())
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
