# enumerate() and zip() of tuples whose items have one type.


def numbered(*xs):
    return ['%d=%s' % (i, x) for i, x in enumerate(xs)]


def main(argv):
    t = (3, 1, 2)
    for i, x in enumerate(t):
        print(i, x)
    print(list(enumerate(('a', 'b'), 1)), list(zip(t, ('x', 'y', 'z'))))
    print(numbered(), numbered(7), numbered(7, 8, 9))
    pairs = (('a', 1), ('b', 2))
    print([k * v for k, v in pairs], list(zip(*((1, 2), (3, 4)))))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
