# An uncaught exception raised with several arguments: the last traceback
# line shows the repr of the argument tuple.


def check(v):
    if v > 2:
        raise ValueError("bad", v)
    return v


def main(argv):
    print(check(1))
    print(check(3))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
