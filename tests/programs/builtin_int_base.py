# int(s, base): base 0 and 2..36, prefixes, signs, spaces, underscores and
# CPython's ValueError messages.


def conv(s, b):
    try:
        return str(int(s, b))
    except ValueError as e:
        return 'ValueError: ' + str(e)


def main(argv):
    cases = [('0b101', 0), ('0x1f', 16), ('0o17', 0), ('  -7 ', 10), ('1_000', 10), ('0x_1f', 0),
             ('1__0', 10), ('_1', 10), ('1_', 10), ('010', 0), ('00', 0), ('0_0', 0), ('z', 36),
             ('Z', 36), ('12', 2), ('0x', 16), ('ff', 16), ('-0b11', 0), ('+0o7', 8), ('x', 10),
             ('', 10), ('9', 37), ('7', 1), ('0b1', 16), ('0B1', 0), (' 0X1F ', 0),
             ('-9223372036854775808', 10), ('7fffffffffffffff', 16), ('\t42\n', 8)]
    for s, b in cases:
        print(repr(s), b, conv(s, b))
    print(int(hex(48879), 16), int(bin(77), 2), int(oct(511), 8), int('-0x10', 0))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
