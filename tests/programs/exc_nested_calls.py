# Exceptions unwinding through several frames and loops, with cleanup.

CLEANUPS = []


class Abort(Exception):
    def __init__(self, level):
        Exception.__init__(self, 'abort at level %d' % level)
        self.level = level


def level3(x):
    if x % 5 == 0:
        raise Abort(3)
    return x * 3


def level2(x):
    try:
        return level3(x) + 1
    finally:
        CLEANUPS.append('l2(%d)' % x)


def level1(xs):
    out = []
    for x in xs:
        if x < 0:
            raise Abort(1)
        out.append(level2(x))
    return out


def process(xs):
    try:
        return level1(xs)
    except Abort as a:
        print('aborted:', a, 'level', a.level)
        return []


def recurse(n):
    if n == 0:
        raise ValueError('bottom reached')
    try:
        return recurse(n - 1)
    finally:
        CLEANUPS.append('r%d' % n)


def main(argv):
    print(process([1, 2, 3]))
    print(process([4, 5, 6]))
    print(process([7, -1, 8]))
    print(CLEANUPS)
    del CLEANUPS[:]
    try:
        recurse(4)
    except ValueError as e:
        print(e)
    print(CLEANUPS)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
