# print with sep=, end=, file=sys.stderr, multiple args and no args.
import sys


def main(argv):
    print('a', 'b', 'c')
    print('a', 'b', 'c', sep='')
    print('a', 'b', 'c', sep=', ')
    print('no newline', end='')
    print(' -- continued')
    print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, sep='|', end='!\n')
    print()
    print('', end='')
    print('x', end=' ')
    print('y', end=' ')
    print()
    print('to stderr', file=sys.stderr)
    print('err', 2, sep='-', end='\n', file=sys.stderr)
    for i in range(3):
        print(i, end=',' if i < 2 else '\n')
    print(*(1, 2, 3))
    print(*('a', 'b', 'c'), sep='.')
    sys.stdout.write('written ' + str(42) + '\n')
    sys.stderr.write('stderr write\n')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
