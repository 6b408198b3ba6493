# __hash__ and __eq__: user instances as dict keys and set members.


class Coord(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return 'C(%d,%d)' % (self.x, self.y)


class Ident(object):
    def __init__(self, name):
        self.name = name


def main(argv):
    visits = {}
    path = [(0, 0), (1, 0), (1, 1), (0, 0), (1, 1), (2, 1), (0, 0)]
    for x, y in path:
        c = Coord(x, y)
        visits[c] = visits.get(c, 0) + 1
    for c in visits:
        print(c, visits[c])
    print(Coord(1, 1) in visits, Coord(5, 5) in visits)
    seen = set()
    for x, y in path:
        seen.add(Coord(x, y))
    print(len(seen))
    print(sorted([repr(c) for c in seen]))
    # default identity hashing: equal-looking objects are distinct keys
    a = Ident('a')
    b = Ident('a')
    owners = {a: 1, b: 2}
    print(len(owners), owners[a], owners[b])
    owners[a] += 10
    print(owners[a], a in owners, Ident('a') in owners)
    print(hash(Coord(3, 4)) == hash(Coord(3, 4)))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
