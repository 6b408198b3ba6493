# args: 7 apple -12 last
# Reads argv (len, indexing, negative indexing) and returns a code from it.


def main(argv):
    n = len(argv)
    print('argument count', n - 1)
    if n < 3:
        print('usage: argv_exit N WORD ...')
        return 2
    first = int(argv[1])
    print('first', first, 'squared', first * first)
    print('second', argv[2])
    print('last', argv[-1], 'second to last', argv[-2])
    total = 0
    for i in range(1, n - 1):
        if i != 2:
            total = total + int(argv[i])
    print('sum of numeric args', total)
    return (first + total) % 256


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
