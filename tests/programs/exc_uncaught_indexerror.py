# Ends with an uncaught IndexError from list indexing.


def nth_even(xs, n):
    evens = [x for x in xs if x % 2 == 0]
    return evens[n]


def main(argv):
    xs = [3, 8, 5, 10, 12, 7]
    for n in range(3):
        print(n, nth_even(xs, n))
    print(nth_even(xs, 3))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
