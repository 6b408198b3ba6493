# print() with sep= and end=.


def main(argv):
    print(1, 2, 3, sep=', ')
    print('a', 'b', sep='')
    print('no newline', end='')
    print(' -- continued')
    print(1.5, True, None, 'x', sep=' | ', end=' <end>\n')
    for i in range(5):
        print(i, end=' ')
    print()
    print('x', 'y', sep='\n')
    print(end='')
    print('last', sep='-', end='!\n')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
