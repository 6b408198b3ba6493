# frozenset: hashable sets as dict keys and set members.


def main(argv):
    f = frozenset([3, 1, 2])
    g = frozenset([2, 3, 1])
    print(sorted(f), f == g, len(f), 2 in f)
    groups = {}
    pairs = [(1, 2), (2, 1), (3, 4), (4, 3), (1, 2), (5, 5)]
    for a, b in pairs:
        key = frozenset([a, b])
        groups[key] = groups.get(key, 0) + 1
    out = sorted([(sorted(k), v) for k, v in groups.items()])
    print(out)
    family = set()
    family.add(frozenset(['a', 'b']))
    family.add(frozenset(['b', 'a']))
    family.add(frozenset(['c']))
    print(len(family))
    print(sorted([sorted(x) for x in family]))
    u = f | {10}
    print(sorted(u), isinstance(u, frozenset))
    print(sorted(f & {1, 2, 9}), sorted(f - {1}))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
