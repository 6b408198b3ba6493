# Tuple comparison, equality, hashing and tuples as dict keys / set members.


def main(argv):
    print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
    print(('a', 1) < ('a', 2), ('b', 0) > ('a', 9), () < (0,))
    print((1, 2.5) == (1, 2.5), (1, 'x') != (1, 'y'))
    print(hash((1, 2)) == hash((1, 2)), hash((1, 2, 3)) == hash((1, 2, 3)))
    dist = {}
    for x in range(-2, 3):
        for y in range(-2, 3):
            dist[(x, y)] = abs(x) + abs(y)
    print(dist[(0, 0)], dist[(-2, 2)], dist[1, -1])
    rings = {}
    for k, v in dist.items():
        rings[v] = rings.get(v, 0) + 1
    print(sorted(rings.items()))
    seen = set()
    for a in range(4):
        for b in range(4):
            seen.add((min(a, b), max(a, b)))
    print(len(seen), sorted(seen)[:5])
    records = [('bob', 25, 3.5), ('ann', 25, 3.9), ('cy', 22, 3.9)]
    print(sorted(records))
    print(max(records), min(records, key=lambda r: r[2]))
    print(sorted(records, key=lambda r: (-r[2], r[0])))
    print((1, 2) + (3,), (0,) * 3, 2 in (1, 2, 3), (1, 2, 1).count(1), (5, 6, 7).index(7))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
