# Comparisons, chained comparisons, and int/float comparisons.


def in_range(lo, x, hi):
    return lo <= x < hi


def main(argv):
    a = 3
    b = 5
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
    print(a < b < 10, a < b > 4, 1 < a < 3, 0 <= a <= 3 <= b)
    print(1 == 1.0, 2 < 2.5, 3.0 >= 3, -1 > -1.5)
    print(in_range(0, 0, 10), in_range(0, 10, 10), in_range(-5, -6, 0))
    count = 0
    for i in range(-3, 13):
        if 0 < i <= 5 or 9 < i < 12:
            count = count + 1
    print('count', count)
    x = 2.5
    print(1.0 < x < 3.0, x == 2.5, x != 2.5)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
