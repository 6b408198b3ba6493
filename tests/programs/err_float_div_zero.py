# An uncaught ZeroDivisionError from float `/` (`float division by zero`).


def main(argv):
    x = 1.5
    d = 0.5
    for i in range(3):
        print(x / d)
        d = d - 0.25
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
