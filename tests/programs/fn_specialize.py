# Automatic specialization: one generic helper called with argument types
# that do not merge gets one translated version per signature
# (specialize:argtype without the decorator); also through rlib's
# @specialize.argtype, a no-op under CPython.
from rpython.rlib.objectmodel import specialize


def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def show(label, s):
    print(label, sorted(s), len(s))


def first_or(xs, default):
    for x in xs:
        return x
    return default


@specialize.argtype(0)
def double(x):
    return x + x


def count_matching(xs, pred):
    n = 0
    for x in xs:
        if pred(x):
            n += 1
    return n


def pair(a, b):
    return (b, a)


def main(argv):
    print(dedupe([3, 1, 3, 2, 1, 5, 2, 8]))
    print(dedupe('abracadabra'))
    print(dedupe(['x', 'y', 'x']))
    print(dedupe([1.5, 1.5, 2.5]))
    show('ints', {3, 1, 2})
    show('strs', {'b', 'a'})
    show('more ints', {10, 20})
    print(first_or([7, 8], -1), first_or('hey', '?'), first_or([], 'none'))
    print(double(21), double('ab'), double(1.25), double([1, 2]))
    print(count_matching([1, 5, 10, 15], lambda v: v > 4),
          count_matching(['a', 'bb', 'ccc'], lambda s: len(s) > 1))
    print(pair(1, 'one'), pair('two', 2.0), pair(3, 4))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
