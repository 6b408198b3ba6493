# args: a b
# Indexing argv past its end: IndexError, exit code 1.


def main(argv):
    print('have', len(argv) - 1, 'arguments')
    print('first', argv[1])
    print('sixth', argv[5])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
