# rpython.rlib.rarithmetic: intmask, r_uint, ovfcheck with 64-bit semantics.
from rpython.rlib.rarithmetic import intmask, r_uint, ovfcheck

MAX = 9223372036854775807


def fnv1a(s):
    h = r_uint(14695981039346656037)
    for c in s:
        h = h ^ r_uint(ord(c))
        h = h * r_uint(1099511628211)
    return h


def safe_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -1


def safe_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return 0


def main(argv):
    print(intmask(MAX), intmask(r_uint(MAX) + r_uint(1)), intmask(r_uint(0) - r_uint(1)))
    u = r_uint(5)
    print(u - r_uint(7), intmask(u - r_uint(7)), u * r_uint(3), u // r_uint(2))
    big = r_uint(1) << 63
    print(big, big >> 60, intmask(big), big + big)
    for s in ['', 'a', 'hello', 'rpython']:
        h = fnv1a(s)
        print(repr(s), h, intmask(h), h % r_uint(1000))
    print(safe_mul(3037000499, 3037000499), safe_mul(3037000500, 3037000500))
    print(safe_add(MAX - 1, 1), safe_add(MAX, 1), safe_add(-MAX - 1, -1))
    x = 1
    steps = 0
    try:
        while True:
            x = ovfcheck(x * 3)
            steps += 1
    except OverflowError:
        print('overflow after', steps, 'steps at', x)
    acc = 0
    for i in range(100):
        acc = intmask(acc * 31 + i * 7919)
    print(acc)
    print(r_uint(-1) == r_uint(18446744073709551615), r_uint(3) < r_uint(-1))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
