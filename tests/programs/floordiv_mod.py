# Floor division and modulo with every sign combination (Python rounds
# toward negative infinity; the remainder takes the divisor's sign).


def row(a, b):
    print("%d // %d = %d    %d mod %d = %d" % (a, b, a // b, a, b, a % b))


def main(argv):
    row(7, 2)
    row(-7, 2)
    row(7, -2)
    row(-7, -2)
    row(6, 3)
    row(-6, 3)
    row(6, -3)
    row(-6, -3)
    row(0, 5)
    row(0, -5)
    row(1, 7)
    row(-1, 7)
    row(1, -7)
    row(-1, -7)
    row(123456789, 1000)
    row(-123456789, 1000)
    for a in range(-4, 5):
        line = ''
        for b in range(-3, 4):
            if b != 0:
                line = line + ' ' + str(a // b) + ':' + str(a % b)
        print(a, line)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
