# range, enumerate, zip, map, filter, sorted, reversed, any, all, len.


def is_odd(x):
    return x % 2 == 1


def main(argv):
    print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
    print(len(range(0, 100, 7)), range(10)[3], 5 in range(10), list(range(-3, 3)))
    print(list(enumerate('abc')), list(enumerate(['x', 'y'], 10)))
    print(list(zip([1, 2, 3], 'ab')), list(zip(range(3), range(3, 6), 'xyz')))
    print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
    print(list(map(str, range(4))), list(filter(is_odd, range(10))))
    print(list(filter(None, [0, 1, 0, 5])), list(filter(None, ['', 'a', 'b', ''])))
    print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
    print(sorted([3, 1, 2], reverse=True), sorted('cba'), sorted({'b': 1, 'a': 2}))
    print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
    print(len('abc'), len([1]), len({}), len((1, 2)), len({1, 2, 2}), len(range(3, 9)))
    total = 0
    for i, (a, b) in enumerate(zip('pq', [7, 8])):
        total += i * b
        print(i, a, b)
    print(total)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
