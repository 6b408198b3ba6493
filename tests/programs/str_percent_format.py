# % formatting: %s %d %r %f %e %g %x %o %c %%, widths, flags, tuples.


def main(argv):
    print('%s|%d|%r|%f' % ('str', 42, 'quoted', 1.5))
    print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
    print('%.2f|%8.3f|%-8.1f|%e|%.3e' % (3.14159, 2.71828, 1.41421, 12345.678, 0.000123))
    print('%g|%g|%g|%g' % (0.0001, 1234567.0, 100.0, 1e-10))
    print('%x|%X|%o|%#x|%#o' % (255, 255, 8, 255, 8))
    print('%c%c%c' % (72, 105, 33), '%c' % 'z')
    print('100%% done', '%s%%' % 50)
    print('%10s|%-10s|%.3s' % ('right', 'left', 'truncate'))
    print('%s' % [1, 2], '%s' % (1,), '%s %s' % (None, True))
    print('%r %r' % ("it's", 'say "hi"'))
    print('%d items at %.2f each = %.2f' % (3, 1.1, 3 * 1.1))
    print('%(a)s-%(b)s' % {'a': 'x', 'b': '5'})
    print('%*d|%-*d|' % (6, 7, 4, 2))
    print('%i %u' % (5, 6), '%d' % 3.99, '%s' % 3.0, '%d' % True)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
