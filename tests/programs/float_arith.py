# Float arithmetic, mixed int/float arithmetic, float // and %.


def main(argv):
    x = 7.5
    y = -2.0
    print(x + y, x - y, x * y, x / y)
    print(x // 2.0, -x // 2.0, x // -2.0, -x // -2.0)
    print(x % 2.0, -x % 2.0, x % -2.0, -x % -2.0)
    print(7 / 2, -7 / 2, 7 / -2, 1 / 8)
    print(3 + 0.5, 3 * 0.5, 3 - 0.5, 1.5 * 4)
    print(10 / 4, 10 // 4, 10.0 // 4, 10 % 4.0)
    print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1)
    print(1e300 * 1e-300, 2.0 ** 10, 1.5 ** 2)
    total = 0.0
    for i in range(1, 11):
        total = total + 1.0 / i
    print('harmonic(10) =', total)
    print(-x, +y, -(-0.5))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
