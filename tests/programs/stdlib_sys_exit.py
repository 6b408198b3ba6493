# sys.exit() called from deep inside the program with a code.
import sys


def check(values):
    for v in values:
        if v < 0:
            print('negative value', v, '- exiting')
            sys.exit(4)
        print('ok', v)


def main(argv):
    check([1, 2, 3])
    check([5, -1, 7])
    print('not reached')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
