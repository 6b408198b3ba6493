# rpython.rlib.unroll.unrolling_iterable over constant tuples/lists.
from rpython.rlib.unroll import unrolling_iterable

OPS = unrolling_iterable([('add', 1), ('mul', 2), ('sub', 3)])
FIELDS = unrolling_iterable(('x', 'y', 'z'))


class Vec(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def dispatch(name, a, b):
    for opname, code in OPS:
        if opname == name:
            if code == 1:
                return a + b
            elif code == 2:
                return a * b
            else:
                return a - b
    return -1


def main(argv):
    for n in ['add', 'mul', 'sub', 'div']:
        print(n, dispatch(n, 6, 7))
    v = Vec(1, 2, 3)
    for f in FIELDS:
        print(f, getattr(v, f))
    total = 0
    for opname, code in OPS:
        total += code
    print(total, len(OPS))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
