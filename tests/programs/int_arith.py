# Integer + - * with negative operands, precedence and unary operators.


def show(label, value):
    print(label, value)


def main(argv):
    a = 17
    b = -5
    show('a + b', a + b)
    show('a - b', a - b)
    show('b - a', b - a)
    show('a * b', a * b)
    show('b * b', b * b)
    show('-a', -a)
    show('+b', +b)
    show('--a', - -a)
    show('a + b * 3', a + b * 3)
    show('(a + b) * 3', (a + b) * 3)
    show('a - b - 1', a - b - 1)
    show('a * b * -2', a * b * -2)
    big = 1000000007
    show('big * big', big * big)
    show('big * -big', big * -big)
    show('max-ish', 9223372036854775807 - 1)
    show('min-ish', -9223372036854775807 + 0)
    # `not` gives a bool; print it directly so `show` keeps an int value.
    print('not a', not a)
    print('not 0', not 0)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
