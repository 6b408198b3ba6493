# Loops over tuples whose items have one type, module-level lists of
# tuples, and tuple slices with constant bounds.

DIRS = ((0, 1), (1, 0), (0, -1), (-1, 0))
TABLE = [('a', 1, 1.5), ('b', 2, 2.5), ('c', 3, 0.25)]
NESTED = [[(1, 'x')], [], [(2, 'y'), (3, 'z')]]


def square(x):
    return x * x


def cube(x):
    return x * x * x


def walk(r, c):
    out = []
    for dr, dc in DIRS:
        out.append((r + dr, c + dc))
    return out


def maybe_names(flag):
    t = ('ann', None, 'bob') if flag else ('x', 'y', 'z')
    return [n for n in t]


def main(argv):
    total = 0
    for d in (-1, 0, 1):
        for e in (d, d * 2, 3):
            total += d * e
    print('total', total)
    print(walk(5, 5))
    for name, n, f in TABLE:
        print(name, n, f * n)
    TABLE.append(('d', 4, 4.0))
    print(len(TABLE), TABLE[-1])
    for group in NESTED:
        print(len(group), [s for _, s in group])
    for f in (square, cube):
        print(f(-3))
    t = (1, 2, 3, 4, 5)
    print(t[1:3], t[::-1], t[:0], t[-2:], t[::2])
    print(sum([x for x in t[1:]]))
    names = maybe_names(True)
    print(names, maybe_names(False))
    words = ('one', 'two', 'three')
    i = 0
    for w in words:
        i += len(w)
        if w == 'two':
            break
    print(i)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
