# An uncaught ZeroDivisionError from `%` (integer modulo by zero).


def wrap(i, size):
    return i % size


def main(argv):
    size = 4
    while size >= 0:
        print('wrap(10, %d) = %d' % (size, wrap(10, size)))
        size = size - 2
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
