# Floats print as CPython's shortest round-trip repr.


def main(argv):
    print(0.1)
    print(0.1 + 0.2)
    print(1e16)
    print(1e15)
    print(123456789012345678.0)
    print(1e-5)
    print(0.0001)
    print(123456789.123)
    print(-0.0)
    print(0.0)
    print(2.5e-300)
    print(1.7976931348623157e308)
    print(5e-324)
    print(1 / 3)
    print(2 / 3)
    print(2 ** 0.5)
    print(10.0 ** 300)
    print(10.0 ** -300)
    print(1e22)
    print(1e23)
    print(3.0)
    print(-1.5)
    print(100.0 / 7.0)
    print(float(2 ** 53))
    print(float(2 ** 53 + 1))
    print(str(0.3), str(-2.75), str(1e100))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
