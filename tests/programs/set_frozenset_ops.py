# frozenset: construction, algebra returning frozensets, comparisons,
# hashing independent of insertion order, nesting in sets and dicts.


def groups_of(words):
    by_letters = {}
    for w in words:
        key = frozenset(w)
        by_letters.setdefault(key, []).append(w)
    return by_letters


def main(argv):
    e = frozenset()
    print(e, len(e), bool(e), repr(frozenset([])))
    a = frozenset([5])
    b = frozenset(x * x for x in range(4))
    print(a, sorted(b), 9 in b, 2 in b, len(b))
    print(a == frozenset({5}), b == {0, 1, 4, 9}, {0, 1, 4, 9} == b, a != b)
    c = frozenset(range(6))
    print(sorted(b | c), sorted(b & c), sorted(c - b), sorted(b ^ c))
    print(isinstance(b | c, frozenset), isinstance({1} | c, frozenset), isinstance(c, set))
    print(b.issubset(c), frozenset([1, 4]).issubset(c), c.issuperset({0, 5}), b.isdisjoint({2, 3}))
    print(b <= c, frozenset([1]) < c, c >= frozenset([2]))
    print(sorted(b.union([100])), sorted(c.intersection({1, 2, 77})), sorted(c.difference([0])))
    print(sorted(b.symmetric_difference(c)), sorted(b.copy()), isinstance(b.copy(), frozenset))
    d = c
    d |= {10}
    d -= {0}
    print(sorted(d), sorted(c), d is c)
    print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset([1, 2, 3])))
    print(hash(frozenset()), hash(frozenset([-1])), hash(frozenset(['z'])) == hash(frozenset('z')))
    seen = set()
    for pair in [(1, 2), (2, 1), (3, 3), (2, 1)]:
        seen.add(frozenset(pair))
    print(len(seen), frozenset([2, 1]) in seen, frozenset([1]) in seen)
    g = groups_of(['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'tac'])
    print(sorted([sorted(v) for v in g.values()]))
    tags = {frozenset(['x', 'y']): 1.5}
    tags[frozenset(['y', 'x'])] += 1.0
    print(list(tags.values()), len(tags))
    total = 0
    for x in c:
        total += x
    print(total, sum(c), max(c), sorted(c, reverse=True))
    nested = frozenset([frozenset([1]), frozenset([1]), frozenset([2, 3])])
    print(len(nested), frozenset([3, 2]) in nested)
    print(frozenset([7]), frozenset(['q']), [frozenset([True])])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
