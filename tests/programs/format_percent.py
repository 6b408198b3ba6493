# `%` formatting with a tuple: %d %s %f %.3f %5d %-5d %x.


def main(argv):
    print("%d items" % (3,))
    print("%d + %d = %d" % (2, -5, 2 + -5))
    print("name=%s value=%s flag=%s none=%s" % ('x', 12, True, None))
    print("float %s and %s" % (0.1, 1e16))
    print("%f|%f|%f" % (3.14159, -2.5, 0.0))
    print("%.3f|%.3f|%.3f|%.3f" % (2.0 / 3.0, -0.0005, 1234.5678, 1e10))
    print("[%5d][%-5d][%5d][%-5d]" % (42, 42, -42, -42))
    print("[%5d][%-5d]" % (1234567, 1234567))
    print("%x %x %x %x" % (255, 0, 4096, 3735928559))
    print("%x" % (-255,))
    for i in range(1, 6):
        print("|%5d|%-5d|%x|%.3f|" % (i * 111, i * 7, i * 50, i / 7))
    print("mixed: %s=%d (%.3f) hex %x" % ('n', 1000, 1000 / 3, 1000))
    print("%s" % ('',) + "<- empty")
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
