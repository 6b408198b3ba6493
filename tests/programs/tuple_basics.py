# Heterogeneous tuples, packing/unpacking, nested unpacking, swaps.


def divmod_pair(a, b):
    return a // b, a % b


def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)


def main(argv):
    t = (1, 'two', 3.0, None, True)
    print(t, len(t), t[1], t[-1])
    a, b, c, d, e = t
    print(a, b, c, d, e)
    q, r = divmod_pair(17, 5)
    print(q, r)
    lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
    print(lo, hi, mean)
    x, y = 1, 2
    x, y = y, x
    print(x, y)
    p, q, r = 1, 2, 3
    p, q, r = r, p, q
    print(p, q, r)
    (a, b), c = (10, 20), 30
    print(a, b, c)
    pts = [(1, (2, 3)), (4, (5, 6))]
    for n, (u, v) in pts:
        print(n, u + v)
    single = (5,)
    empty = ()
    print(single, len(single), empty, len(empty))
    nested = ((1, 2), (3, (4, 5)))
    print(nested[1][1][0], nested)
    fib = (0, 1)
    for i in range(10):
        fib = (fib[1], fib[0] + fib[1])
    print(fib)
    a = b = 7
    print(a, b)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
