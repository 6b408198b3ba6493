# *args in definitions and calls, mixed with positional and default args.


def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def fmt(sep, *parts):
    return sep.join([str(p) for p in parts])


def log(level, msg, *args):
    if args:
        msg = msg % args
    return '[%s] %s' % (level, msg)


def apply(f, *args):
    return f(*args)


def add3(a, b, c):
    return a + b + c


def main(argv):
    print(total(), total(1), total(1, 2, 3), total(*(4, 5, 6)))
    print(fmt('-', 'a', 1, 2.5), fmt(', '), fmt('|', *('x', 'y')))
    print(log('info', 'started'))
    print(log('warn', '%d of %d failed', 3, 10))
    print(log('err', '%s: %s', 'disk', 'full'))
    print(apply(add3, 1, 2, 3), apply(add3, 10, 20, 30))
    args = (10, 20, 30)
    print(add3(*args), add3(1, *(2, 3)))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
