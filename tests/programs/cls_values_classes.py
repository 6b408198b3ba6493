# Classes as values meet the value family: lists and tuples of classes
# searched and compared by identity, classes and tuples of classes as dict
# keys; prebuilt dicts with tuple keys (hashed by the init graph as the
# program hashes them) and prebuilt instances holding tuples (stored by the init graph).


class Shape(object):
    sides = 0

    @classmethod
    def make(cls):
        return cls()

    def name(self):
        return 'shape'


class Tri(Shape):
    sides = 3

    def name(self):
        return 'tri'


class Sq(Shape):
    sides = 4

    def name(self):
        return 'sq'


class Grid(object):
    def __init__(self, origin, cells):
        self.origin = origin
        self.cells = cells


ROUTES = {(0, 0): 'home', (1, 2): 'shop', (3, -1): 'park'}
WEIGHTS = {('a', 1): 1.5, ('b', 2): 2.5}
GRID = Grid((5, 6), [3, 4])


def route(x, y):
    return ROUTES.get((x, y), '?')


def main(argv):
    kinds = [Tri, Sq]
    for k in kinds:
        print(k.make().name(), k.sides, k.__name__)
    print(Sq in kinds, Shape in kinds, kinds.index(Sq), kinds.count(Tri))
    print((Tri, 1) == (Tri, 1), (Tri, 1) == (Sq, 1))
    pairs = [(Tri, 1), (Sq, 2)]
    print((Sq, 2) in pairs, (Sq, 3) in pairs, pairs.index((Sq, 2)))
    reg = {Tri: 3, Sq: 4}
    print(reg[Sq], Tri in reg, Shape in reg)
    counts = {}
    for k in [Tri, Sq, Tri, Tri]:
        key = (k, k.sides)
        counts[key] = counts.get(key, 0) + 1
    print(counts[(Tri, 3)], counts[(Sq, 4)], (Sq, 3) in counts)
    by_kind = {}
    by_kind[(3, 'tri')] = Tri
    by_kind[(4, 'sq')] = Sq
    print(by_kind[(4, 'sq')].sides, by_kind[(3, 'tri')].make().name())
    # prebuilt dicts keyed by tuples: built before main, looked up with
    # tuples made at run time
    print(route(1, 2), route(0, 0), route(2, 2), route(3, -1))
    x = len(argv)
    print(WEIGHTS[('a', x)], ('b', x + 1) in WEIGHTS, ('b', x) in WEIGHTS)
    ROUTES[(x, x)] = 'new'
    print(route(1, 1), len(ROUTES), hash((1, 2)) == hash((x, 2)))
    GRID.cells.append(x)
    print(GRID.origin, GRID.cells, GRID.origin in [(5, 6)], [(5, 6)].index(GRID.origin))
    GRID.origin = (GRID.origin[1], GRID.origin[0])
    print(GRID.origin < (6, 0), GRID.origin)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
