# range(...) as a value: len, indexing, `in`, iteration, reversed, ==, repr.


def evens(n):
    return range(0, n, 2)


def main(argv):
    r = range(5)
    print(r, len(r), r[0], r[-1], 3 in r, 7 in r, -1 in r)
    d = range(10, -10, -3)
    print(d, len(d), list(d), d[2], d[-1], 4 in d, 1 in d, -8 in d, -10 in d)
    print(list(reversed(d)), sum(d), min(d), max(d), sorted(d)[:3])
    e = evens(9)
    print(e, len(e), list(e), 8 in e, 7 in e, len(range(3, 3)), len(range(5, 1)))
    print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(4, 2), range(1, 2) == range(1, 9, 7))
    print(range(3) == range(4), set(range(3)) == {0, 1, 2}, list(zip(range(3), range(10, 13))))
    total = 0
    for x in e:
        for y in range(x):
            total += y
    print(total, [i * i for i in range(1, 20, 4)])
    try:
        print(r[5])
    except IndexError as ex:
        print('IndexError:', ex)
    try:
        range(1, 5, 0)
    except ValueError as ex:
        print('ValueError:', ex)
    it = iter(range(2))
    print(next(it), next(it), next(it, -1))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
