# rpython.rlib helpers with their translated meaning: intmask wrapping
# (also of intermediate products), ovfcheck, we_are_translated, JIT hints.
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rarithmetic import intmask, ovfcheck
from rpython.rlib.jit import JitDriver, promote, hint, we_are_jitted

MAX = 9223372036854775807
jitdriver = JitDriver(greens=['i'], reds=['acc'])


def string_hash(s):
    h = 0
    for c in s:
        h = intmask(h * 1000003 ^ ord(c))
    return h


def mix(a, b):
    return intmask(a * b + (a - b) * 31 - -a)


def checked_square(x):
    try:
        return ovfcheck(x * x)
    except OverflowError:
        return -1


def main(argv):
    print(we_are_translated() or not we_are_translated(), we_are_jitted())
    print([string_hash(s) for s in ['', 'a', 'rpython', 'a much longer string to hash']])
    print(intmask(MAX + 1), intmask(MAX * 2), intmask(-MAX - 1 - 1), intmask(True))
    print(mix(MAX, MAX), mix(123456789, 987654321), mix(-5, 7))
    print(intmask(7 // 2 * 3), intmask(len('abc') * MAX))
    print(checked_square(3037000499), checked_square(3037000500), checked_square(-7))
    acc = 0
    i = 0
    while i < 10:
        jitdriver.jit_merge_point(i=i, acc=acc)
        acc += promote(i) * hint(2, promote=True)
        i += 1
    print(acc)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
