# abs, min, max, sum, round, divmod, pow (incl. 3-arg), hex/oct/bin.


def main(argv):
    print(abs(-5), abs(3), abs(-2.5), abs(0))
    print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max('hello'), min(2.5, 1.0))
    print(min([3, -4, 2], key=abs), max(['a', 'bbb', 'cc'], key=len))
    print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([], 10), sum(range(101)))
    print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3))
    print(round(7), round(1234.5678, -2), round(0.5), round(1.5), round(-0.5))
    print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
    print(divmod(7.5, 2), divmod(-7.5, 2))
    print(pow(2, 10), pow(3, 4, 5), pow(7, 123, 1000003), pow(-3, 3))
    print(pow(2.0, 0.5) == 2 ** 0.5, 2 ** 62, (-2) ** 63, 10 ** 18)
    print(hex(255), hex(-255), hex(0), oct(8), oct(-64), bin(10), bin(-5), bin(0))
    print(int(hex(48879), 16), int(bin(77), 2), int(oct(511), 8), int('0x1f', 16))
    print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2)
    print(1e308 * 10, -1e308 * 10, 2 ** 0.5, 10 / 4, 9 / 3)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
