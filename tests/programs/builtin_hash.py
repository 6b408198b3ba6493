# hash() of ints and tuples of ints (values fixed by CPython's algorithm).


def main(argv):
    for n in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 62), 10 ** 18]:
        print(n, hash(n))
    # One loop per tuple type: a list holds items of one type (the loop
    # variable may change type from one loop to the next).
    for t in [()]:
        print(t, hash(t))
    for t in [(1,)]:
        print(t, hash(t))
    for t in [(1, 2), (2, 1)]:
        print(t, hash(t))
    for t in [(1, 2, 3)]:
        print(t, hash(t))
    for t in [(-1, 0)]:
        print(t, hash(t))
    for t in [((1, 2), 3)]:
        print(t, hash(t))
    print(hash(True), hash(False), hash(1.0) == hash(1), hash(0.5))
    buckets = [0] * 8
    for i in range(100):
        buckets[hash((i, i * i)) % 8] += 1
    print(buckets)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
