# `%` with a format string known only at run time: parsed when the program
# runs, with CPython's conversions and errors.


def log(level, msg, *args):
    if args:
        msg = msg % args
    return '[%s] %s' % (level, msg)


def fmt1(f, v):
    try:
        return f % v
    except TypeError as e:
        return 'TypeError: %s' % e
    except ValueError as e:
        return 'ValueError: %s' % e
    except OverflowError as e:
        return 'OverflowError: %s' % e


def fmt2(f, a, b):
    try:
        return f % (a, b)
    except TypeError as e:
        return 'TypeError: %s' % e
    except ValueError as e:
        return 'ValueError: %s' % e


def pick(i):
    if i > 100:
        return None
    return 'item%d' % i


def main(argv):
    print(log('info', 'started'))
    print(log('warn', '%d of %d failed', 3, 10))
    print(log('err', '%s: %s', 'disk', 'full'))
    print(log('dbg', '%5.1f%% %-6s| %+d %x %o %#X %e', 99.5, 'cpu', 7, 255, 8, 255, 12345.678))
    ints = ['%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%#o', '%.3d', '%c', '%s', '%r',
            '%f', '%.2e', '%g', '%10.4G', '%q', '%', '%(k)s', '%s %s', '', 'ab%%cd', '%ld', '%*d']
    for f in ints:
        print(repr(f), repr(fmt1(f, 42)), repr(fmt1(f, -7)), repr(fmt1(f, True)))
    floats = ['%d', '%x', '%f', '%.0f', '%10.3f|', '%-10.2e|', '%g', '%s', '%r', '%c', '%i']
    for f in floats:
        print(repr(f), repr(fmt1(f, 2.75)), repr(fmt1(f, -0.5)), repr(fmt1(f, 1e15)),
              repr(fmt1(f, float('inf'))))
    strs = ['%s', '%r', '%a', '%5s|', '%-5s|', '%.2s', '%c', '%d', '%f', '%x', '%s%s']
    for f in strs:
        print(repr(f), repr(fmt1(f, 'héllo')), repr(fmt1(f, 'x')), repr(fmt1(f, "it's")))
    nones = ['%s', '%r', '%6s|', '%d', '%f', '%c']
    for f in nones:
        print(repr(f), repr(fmt1(f, None)), repr(fmt1(f, pick(500))), repr(fmt1(f, pick(5))))
    pairs = ['%s=%d', '%*d|', '%-*d|', '%.*f', '%.*s', '%s', '%s %s %s', '%d%%%d', 'é%sé%é']
    for f in pairs:
        print(repr(f), repr(fmt2(f, 6, 3)), repr(fmt2(f, -4, 2)), repr(fmt2(f, 'ab', 1)))
    print(fmt1(pick(500), 3), fmt1(pick(7), 3))
    total = ''
    parts = ['<', '%d', '>']
    for i in range(5):
        total += ''.join(parts) % i
    print(total)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
