# Tuples as values: comparison, dict keys and set items, sorting, min/max,
# `in`, hashing (CPython's algorithm for ints and tuples), nested tuples.


def neighbours(p):
    x, y = p
    return [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]


def main(argv):
    print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
    print(('a', 1) < ('a', 2), ('b', 0) >= ('a', 9), (1, 2) <= (1, 2), (1, 2) != (2, 1))
    print((1, 2.5) == (1, 2.5), (1, 'x') != (1, 'y'), (1, 2) == (1.0, 2.0))
    grid = {}
    for x in range(-2, 3):
        for y in range(-2, 3):
            grid[(x, y)] = abs(x) + abs(y)
    print(len(grid), grid[(0, 0)], grid[(-2, 2)], grid[1, -1], (5, 5) in grid)
    seen = set()
    frontier = [(0, 0)]
    for step in range(3):
        nxt = []
        for p in frontier:
            for q in neighbours(p):
                if q not in seen:
                    seen.add(q)
                    nxt.append(q)
        frontier = nxt
    print(len(seen), sorted(seen)[:6])
    records = [('bob', 25, 3.5), ('ann', 25, 3.9), ('cy', 22, 3.9), ('ann', 20, 1.0)]
    print(sorted(records))
    print(sorted(records, reverse=True))
    print(max(records), min(records))
    records.sort()
    print(records[0], records[-1], ('cy', 22, 3.9) in records, ('cy', 22, 4.0) in records)
    nested = [((1, 'a'), [2, 3]), ((0, 'b'), [1]), ((1, 'a'), [2])]
    nested.sort()
    print(nested)
    pairs = [(i % 3, -i) for i in range(7)]
    print(sorted(pairs), pairs.index((1, -4)) if (1, -4) in pairs else -1)
    for n in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 62), 10 ** 18]:
        print(n, hash(n))
    print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash((1, 2, 3)))
    print(hash((-1, 0)), hash(((1, 2), 3)), hash(('a', None)) == hash(('a', None)))
    print(hash(True), hash(1.5), hash((1.5, 2)), hash('abc') == hash('ab' + 'c'))
    counts = {}
    for w in ['a b', 'b c', 'a b', 'c a', 'b c', 'a b']:
        key = (w.split()[0], w.split()[1])
        counts[key] = counts.get(key, 0) + 1
    print(counts)
    print(sorted(counts.items()))
    try:
        print(counts[('z', 'z')])
    except KeyError as e:
        print('missing', e)
    print([[1, 2], [3]] == [[1, 2], [3]], [1, 2] < [1, 3], [2] > [1, 5], [1] <= [1])
    print({'a': [1], 'b': [1, 2]} == {'b': [1, 2], 'a': [1]}, {'a': 1} == {'a': 2}, {1: 2} != {})
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
