# An uncaught ZeroDivisionError from int `/` (`division by zero`).


def ratio(a, b):
    return a / b


def main(argv):
    print(ratio(1, 4))
    print(ratio(-9, 3))
    print(ratio(5, 0))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
