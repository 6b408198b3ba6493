# & | ^ ~ << >> on positive and negative ints.


def main(argv):
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
    print(-1 & 0xFF, -256 | 15, -6 ^ 3, -12 & -8)
    print(1 << 10, 1 << 40, 1 << 62, 3 << 5)
    print(1024 >> 3, -1024 >> 3, -5 >> 1, -1 >> 60, 7 >> 63)
    print(0xDEADBEEF & 0xFFFF, 0xDEADBEEF >> 16)
    x = 12345
    bits = 0
    while x:
        bits = bits + (x & 1)
        x = x >> 1
    print('popcount(12345) =', bits)
    mask = 0
    for i in range(0, 63, 7):
        mask = mask | (1 << i)
    print(mask)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
