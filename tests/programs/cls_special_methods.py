# Special methods on user classes: operators, comparisons, len, indexing,
# `in`, truth, str/repr/print, dispatched through subclasses.


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __lt__(self, o):
        return self.x * self.x + self.y * self.y < o.x * o.x + o.y * o.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i == 0:
            return self.x
        if i == 1:
            return self.y
        raise IndexError('Vec index out of range')

    def __setitem__(self, i, v):
        if i == 0:
            self.x = v
        else:
            self.y = v

    def __contains__(self, v):
        return self.x == v or self.y == v

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __str__(self):
        return '(%d, %d)' % (self.x, self.y)

    def __repr__(self):
        return 'Vec(%d, %d)' % (self.x, self.y)


class Named(Vec):
    def __str__(self):
        return 'named' + Vec.__str__(self)


class Bag(object):
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __iadd__(self, item):
        self.items.append(item)
        return self


class Plain(object):
    def __init__(self, v):
        self.v = v


def main(argv):
    a = Vec(1, 2)
    b = Vec(3, 4)
    print(a + b, a - b, a * 3, 2 * b, -a)
    print(a == b, a != b, a == Vec(1, 2), a != Vec(1, 2), a < b, b < a)
    print(len(a), a[0], a[1], 2 in a, 5 in a, 5 not in a)
    a[0] = 10
    print(a, str(a), repr(a), 'x=%s' % str(a), f'a={a} r={a!r}')
    z = Vec(0, 0)
    if z:
        print('z true')
    else:
        print('z false')
    print(bool(a), bool(z), not z)
    vs = [Vec(1, 1), Named(2, 3), -b]
    for v in vs:
        print(v, repr(v), len(v), v == Vec(2, 3))
    try:
        print(a[2])
    except IndexError:
        print('IndexError')
    bag = Bag()
    if not bag:
        print('empty bag')
    bag += 'x'
    bag += 'y'
    print(len(bag), bag.items)
    p = Plain(1)
    q = Plain(1)
    r = p
    print(p == q, p == r, p != q, p != r)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
