# sum() with a start and float items, tuple() of known length, list(tuple),
# dict(k=v), min/max with default=, tuple.count/index, list.index(x, i, j).


def squares(n):
    for i in range(n):
        yield i * i


def main(argv):
    prices = [p for p in [1.5, 2.25, 3.0] if p > 0]
    print(sum(prices), sum(prices, 10), sum([1, 2], 0.5), sum([0.5, 0.25], 1), sum([], 3))
    print(sum({1: 'a', 2: 'b'}), sum({'x': 2.5}.values()), sum({4, 5}), sum([True, True, False]))
    none = []
    print(sum(none), sum(squares(4)), sum(squares(4), 100), sum(squares(3), 0.5))
    t = tuple('xy')
    print(t, tuple([1, 2]), tuple(range(0)), tuple(range(2, 9, 3)), tuple((1, 'a')), tuple())
    print(list((1, 2)), list(('a',)), t == ('x', 'y'), len(tuple([3.5])))
    u = tuple([len(argv), 2])
    print(u, hash(u) == hash((len(argv), 2)))
    d = dict(a=1, b=2, c=3)
    print(d, dict(x='1'), len(dict()))
    empty = [x for x in [1, 2] if x > 5]
    print(min(empty, default=-1), max(empty, default=0), min([4, 2], default=0), max('hello', default='?'))
    print(min('zebra'), max(False, True), min(True, False))
    tt = (1, 2, 1, 'a')
    print((1, 2, 1).count(1), tt.count(1), tt.count('a'), tt.index(2), tt.index('a'))
    try:
        print(tt.index(3))
    except ValueError as e:
        print('ValueError:', e)
    xs = [1, 2, 3, 1, 2, 3]
    print(xs.index(1, 1), xs.index(3, -2), xs.index(2, 0, 2), xs.index(3, -100, 100))
    for x, i, j in [(3, 0, 2), (1, 4, 6), (2, -1, 6), (1, 0, -6)]:
        try:
            print(xs.index(x, i, j))
        except ValueError as e:
            print('ValueError:', e)
    print(3 * [0], 2 * ['ab'], [1] * 0, -1 * [5])
    t5 = (1, 'b', 3.5, 4, None)
    print(t5[1:-1], t5[::-2], t5[3:], t5[:0], t5[-100:2], t5[::3])
    d = {'a': 1, 'b': 2}
    print('a' in d.keys(), 'z' in d.keys(), 2 in d.values(), 5 in d.values())
    print(('a', 1) in d.items(), ('a', 2) in d.items(), 'x' not in {1: 'x'}.values())
    ys = [1, 2, 3]
    ys[1:2] = []
    print(ys)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
