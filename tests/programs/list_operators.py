# List +, *, ==, <, in, not in, min/max/sum, nested lists and aliasing.


def main(argv):
    a = [1, 2, 3]
    b = [4, 5]
    c = a + b
    print(c, a * 2, [0] * 5, 3 * ['x'], [] * 4)
    print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
    print([1, 2, 3] <= [1, 2, 3], [] < [0], ['a', 'b'] < ['a', 'c'])
    print(2 in a, 7 in a, 7 not in a, [] == [])
    print(min(c), max(c), sum(c), len(c))
    grid = [[0] * 3 for i in range(3)]
    grid[1][1] = 5
    print(grid)
    alias = [[0] * 3] * 3
    alias[1][1] = 5
    print(alias)
    d = a
    d.append(4)
    print(a, d is a)
    e = list(a)
    e.append(5)
    print(a, e)
    strs = ['b', 'a'] + ['c']
    print(strs, strs * 2)
    fl = [0.5, 1.25] * 2
    print(fl, sum(fl))
    nested = [[[1], [2, 3]], [[4]]]
    print(nested[0][1][1], len(nested), nested == [[[1], [2, 3]], [[4]]])
    big = []
    for i in range(5):
        big = big + [i]
    print(big)
    print(list('abc') + list('de') == ['a', 'b', 'c', 'd', 'e'])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
