# int(), float() and str() between ints, floats, bools and strings.


def round_trip(s):
    x = float(s)
    print(s, x, float(str(x)) == x)


def main(argv):
    print(int(' 42 '), int('-7'), int('+15'), int('0'), int('007'))
    print(int('9223372036854775807'), int('-9223372036854775807'))
    print(float('1e3'), float(' -2.5 '), float('0.1'), float('3'))
    print(float('-0'), float('1.5e-7'), float('.5'), float('5.'))
    print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e15))
    print(float(7), float(-3), float(0), float(2 ** 60))
    print(str(12) + str(-3), str(2.0) + str(0.5), str(True) + str(None))
    round_trip('1.25')
    round_trip('-0.001')
    round_trip('1e-10')
    round_trip('12345678.9')
    n = int(str(-987654321))
    print(n, n + 1)
    print(int(float('123.0')), float(int('456')))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
