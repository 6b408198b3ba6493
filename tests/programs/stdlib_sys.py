# args: alpha 42 -v
# stdin: first line
# stdin: second line
# sys.argv (without argv[0]), sys.stdout.write, sys.stderr.write,
# sys.stdin.readline, sys.exit with a code.
import sys


def main(argv):
    args = argv[1:]
    print(len(args), args)
    verbose = '-v' in args
    n = 0
    for a in args:
        if a.isdigit():
            n = int(a)
    sys.stdout.write('n=%d verbose=%s\n' % (n, verbose))
    sys.stderr.write('diagnostic on stderr\n')
    line1 = sys.stdin.readline()
    line2 = sys.stdin.readline()
    line3 = sys.stdin.readline()
    print(repr(line1), repr(line2.rstrip('\n')), repr(line3))
    sys.stdout.write(line1.upper())
    sys.stdout.flush()
    if n > 40:
        return 3
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
