# str.index of a missing substring: ValueError, exit code 1.


def main(argv):
    s = 'the rain in spain'
    print(s.index('ain'), s.index('in', 7))
    print(s.index('xyz'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
