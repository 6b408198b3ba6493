# Dict and set displays, comprehensions, iteration, methods, set operators,
# sum/min/max/any/all, enumerate/zip/reversed, list()/sorted() of dicts.
def main(argv):
    d = {'a': 1, 'b': 2}
    d['c'] = 3
    print(d, len(d), 'a' in d, 'z' in d)
    for k in d:
        print(k, d[k])
    for k, v in d.items():
        print(k, v)
    s = {3, 1, 2}
    s.add(5)
    print(sorted(s), len(s), 2 in s)
    sq = [x * x for x in range(6) if x % 2 == 0]
    print(sq)
    x = 'keep'
    e = {x: len(x) for x in ['ab', 'cde']}
    print(e, x)
    st = {c for c in 'hello'}
    print(sorted(st))
    print(sum([1, 2, 3]), min([3, 1, 2]), max([1.5, 2.5]), any([0, 0]), all([1, 2]))
    for i, w in enumerate(['x', 'y']):
        print(i, w)
    for a, b in zip([1, 2, 3], ['p', 'q']):
        print(a, b)
    for r in reversed([1, 2, 3]):
        print(r)
    print(list(d.keys()), list(d.values()), sorted(d, reverse=True))
    print(d.get('a', 0), d.pop('a'), d.setdefault('q', 9), d)
    print({1, 2} | {3}, {1, 2} & {2}, {1.5: 'x'}, set(), {})
    del d['b']
    print(d)
    inv = {}
    for w in ['a', 'bb', 'cc', 'd']:
        inv.setdefault(len(w), []).append(w)
    print(inv, [(k, v) for k, v in inv.items()])
    s1 = {1, 2, 3}
    s1 |= {4}
    s1 -= {1}
    print(sorted(s1), s1 == {2, 3, 4}, {2} < s1, s1.issuperset({3}), sorted(s1.union({9})))
    print(d.popitem(), d.copy(), dict(d), set([1, 1, 2]) == {1, 2}, sorted(frozenset([3, 2])))
    e2 = {}
    e2.update({1: 'x'})
    e2.update([(2, 'y')])
    print(e2, dict([(5, 0.5)]), str({'k': [1, 2]}), repr({(1, 2)[0]: (3, 'z')}))
    grid = [[i * j for j in range(3)] for i in range(3) if i != 1]
    print(grid, {k: v for k, v in zip(['a', 'b'], [1, 2])})
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
