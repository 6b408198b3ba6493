# Bound methods and functions mixed as values: dispatch on subclasses,
# methods of unrelated classes, tuples of (callable, int), a dict of
# callables, closures and lambdas, and a method with no call through a
# value at all.


class Shape(object):
    def __init__(self, n):
        self.n = n

    def area(self, k):
        return self.n * k

    def grow(self, k):
        self.n += k
        return self.n


class Square(Shape):
    def area(self, k):
        return self.n * self.n * k


class Counter(object):
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count += k
        return self.count


def triple(k):
    return 3 * k


def call_all(fns, k):
    out = []
    for f in fns:
        out.append(f(k))
    return out


def main(argv):
    s = Shape(2)
    q = Square(3)
    c = Counter()
    offset = len(argv) + 9

    def shifted(k):
        return k + offset

    fns = [s.area, q.area, s.grow, c.bump, triple, shifted, lambda k: -k]
    print(call_all(fns, 2))
    print(call_all(fns, 5))
    pairs = [(s.area, 1), (q.area, 2), (c.bump, 3), (triple, 4)]
    total = 0
    for f, k in pairs:
        total += f(k)
    print(total, c.count)
    table = {'a': s.area, 'g': s.grow, 't': triple}
    for name in ['a', 'g', 't', 'g']:
        print(name, table[name](10))
    shapes = [s, q]
    areas = [sh.area for sh in shapes]
    print([a(3) for a in areas])
    pick = c.bump if c.count > 100 else q.area
    print(pick(7))
    pick = triple
    print(pick(7))
    m = q.area
    print(m(1))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
