# and / or / not, short-circuit evaluation, value-returning `or` and `and`.

CALLS_LIMIT = 100


def noisy(label, value):
    print('  eval', label)
    return value


def first_nonzero(a, b):
    return a or b


def main(argv):
    print(True and False, True or False, not True, not False)
    print(noisy('a', False) and noisy('b', True))
    print(noisy('c', True) or noisy('d', False))
    print(noisy('e', True) and noisy('f', False) or noisy('g', True))
    print(first_nonzero(0, 7), first_nonzero(3, 7), first_nonzero(0, 0))
    print(0 or 5, 4 or 5, 0 and 5, 4 and 5)
    print(0.0 or 2.5, 1.5 and 2.5)
    print('' or 'default', 'given' or 'default')
    print(not 0, not 3, not 0.0, not '')
    n = 10
    print(n > 5 and n < 20, n > 5 and not n < 20)
    print(n % 2 == 0 or n // 0 == 1)
    print(n % 2 == 1 and n // 0 == 1)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
