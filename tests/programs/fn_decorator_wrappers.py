# Decorators applied at import time: the module attribute is whatever the
# decorator returned (here wrappers defined inside the decorator, whose
# captured `f` is a closure cell known at translation time).


def traced(f):
    def wrapper(a, b):
        r = f(a, b)
        print('  %s(%r, %r) -> %r' % (f.__name__, a, b, r))
        return r
    return wrapper


def twice(f):
    def w(x):
        return f(f(x))
    return w


def identity(f):
    return f


@traced
def combine(a, b):
    return a + b


@traced
def join(a, b):
    return a + '-' + b


@twice
def inc(x):
    return x + 1


@twice
@twice
def dbl(x):
    return x * 2


@identity
def plain(x):
    return x - 1


def main(argv):
    print(combine(1, 2), combine(30, 12))
    print(join('a', 'b'))
    print(inc(1), dbl(3), plain(10))
    op = inc if len(argv) > 5 else plain
    print(op(7))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
