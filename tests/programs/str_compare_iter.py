# String comparison, min/max/sorted, iteration, membership and conversions.


def main(argv):
    ws = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'b', '']
    print(sorted(ws), min(ws), max(ws))
    print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'a' * 3 == 'aaa')
    print('abc' == 'ab' + 'c', 'abc' != 'ABC'.lower(), 'é' < 'z')
    vowels = 0
    for c in 'The Quick Brown Fox':
        if c.lower() in 'aeiou':
            vowels += 1
    print('vowels', vowels)
    print(list('abc'), tuple('xy'), str(123) + str(4.5) + str(True) + str(None))
    print(int('42') + int('-7'), float('2.5') * 2, int('  12  '), float('1e3'))
    print(int('ff', 16), int('777', 8), int('1010', 2), int('z', 36))
    print(str(-0.0), str(1e16), str(1.5e-7), str(123456789.0))
    digits = [int(c) for c in '9780306406157']
    print(sum(digits), max(digits))
    print('hello'[1], 'hello'[-1], 'hello'[1:-1], 'hello'[10:], len('hello'[3:]))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
