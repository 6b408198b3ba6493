# Binary, octal and hex conversion by hand, checked against %x.

def digit_char(d):
    # No string indexing in this slice: choose by comparison.
    if d < 10:
        return str(d)
    if d == 10:
        return 'a'
    if d == 11:
        return 'b'
    if d == 12:
        return 'c'
    if d == 13:
        return 'd'
    if d == 14:
        return 'e'
    return 'f'


def to_base(n, base):
    if n == 0:
        return '0'
    sign = ''
    if n < 0:
        sign = '-'
        n = -n
    out = ''
    while n > 0:
        out = digit_char(n % base) + out
        n = n // base
    return sign + out


def from_binary_digits(n):
    # n is an int whose decimal digits are 0s and 1s.
    value = 0
    place = 1
    while n > 0:
        value = value + (n % 10) * place
        place = place * 2
        n = n // 10
    return value


def main(argv):
    for n in range(0, 17):
        print("%d %s %s %s" % (n, to_base(n, 2), to_base(n, 8), to_base(n, 16)))
    print(to_base(255, 2), to_base(-255, 16), to_base(9223372036854775807, 16))
    print(to_base(3735928559, 16) == "%x" % (3735928559,))
    ok = True
    for n in range(-300, 300, 7):
        if to_base(n, 16) != "%x" % (n,):
            ok = False
    print('matches %x:', ok)
    print(from_binary_digits(101010), from_binary_digits(11111111))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
