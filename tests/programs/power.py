# `**`: int ** non-negative int stays int; float bases with negative
# exponents, and int ** float, give floats.


def main(argv):
    print(2 ** 10, 3 ** 4, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** 100)
    print(2 ** 62, (-3) ** 39, 7 ** 0)
    print(10 ** 18)
    print(2.0 ** -1, 2.0 ** -3, 10.0 ** -2, 4.0 ** -0.5)
    print(2 ** 0.5, 9 ** 0.5, 16 ** 0.25)
    print(2.0 ** 1000, 2.0 ** 1023, 2.0 ** -1074)
    print((-2.0) ** 3, (-2.0) ** -2, (-0.5) ** 5)
    b = 3
    e = 0
    while e <= 12:
        print("3 ** %d = %d" % (e, b ** e))
        e = e + 3
    x = 1.5
    print(x ** 2, x ** -2, x ** 0.5)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
