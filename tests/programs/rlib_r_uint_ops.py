# r_uint: mixed arithmetic with ints, shifts, comparisons, conversions,
# errors, r_uint fields, arguments and list items.
from rpython.rlib.rarithmetic import intmask, r_uint

MASK32 = r_uint(0xffffffff)
PRIMES = [r_uint(2), r_uint(3), r_uint(5)]


class Rng(object):
    def __init__(self, seed):
        self.state = r_uint(seed)

    def next(self):
        # xorshift64
        x = self.state
        x ^= x << 13
        x ^= x >> 7
        x ^= x << 17
        self.state = x
        return x


def rotl(x, n):
    return (x << n) | (x >> (64 - n))


def checked(f, a, b):
    try:
        return str(f(a, b))
    except ZeroDivisionError as e:
        return 'ZeroDivisionError: ' + str(e)
    except ValueError as e:
        return 'ValueError: ' + str(e)


def div(a, b):
    return a // b


def mod(a, b):
    return a % b


def shl(a, b):
    return a << b


def main(argv):
    r = Rng(88172645463325252)
    print([str(r.next()) for i in range(3)])
    print([intmask(r.next() & MASK32) for i in range(3)])
    x = r_uint(0x0123456789abcdef)
    print(rotl(x, 8), rotl(x, 60), x >> 64, x << 64, x >> 0)
    print(3 * x, x - 1, 1 - x, x & 0xff, 0xff | x, x ^ -1)
    print(r_uint(-5) // 2, -5 // r_uint(2), r_uint(-5) % 7, 7 % r_uint(3))
    print(checked(div, x, r_uint(0)), checked(mod, x, r_uint(0)), checked(shl, x, -1))
    print(x > -1, r_uint(0) > -1, r_uint(-1) > 0, r_uint(7) == 7, r_uint(-1) == -1, 5 <= r_uint(5))
    total = r_uint(0)
    for p in PRIMES:
        total += p * p
    print(total, len(PRIMES), intmask(r_uint(1) << 63) < 0)
    print(int(r_uint(12345)), float(r_uint(-1)), bool(r_uint(0)), not r_uint(0))
    print(int(r_uint(-1) >> 1) == intmask(r_uint(-1) >> 1))
    h = r_uint(5381)
    for c in 'differential':
        h = (h << 5) + h + ord(c)
    print(h, '%s and %d' % (h, intmask(h)), 'h=' + str(h))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
