# stdin: 3 4
# stdin: first words here
# stdin:
# stdin: last line
# sys.stdin.readline, input() with a prompt, sys.stdin.read for the rest,
# print(file=sys.stderr, sep=, end=, flush=), sys.stdout.write's result,
# and sys.exit with a status from a nested call.
import sys


def finish(code):
    print('finishing with', code)
    sys.exit(code)


def main(argv):
    first = sys.stdin.readline()
    a, b = first.split()
    print(int(a) * int(b))
    line = input('prompt> ')
    print(repr(line))
    rest = sys.stdin.read()
    print(repr(rest), rest.count('\n'))
    print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
    n = sys.stdout.write('written\n')
    print(n)
    print('to', 'stderr', sep='-', end='!\n', file=sys.stderr)
    print('flushed', flush=True)
    sys.stderr.write('direct stderr\n')
    print('to stdout', file=sys.stdout)
    try:
        input()
    except EOFError as e:
        print('EOFError:', e)
    finish(3)
    print('not reached')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
