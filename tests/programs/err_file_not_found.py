# An uncaught FileNotFoundError: CPython's traceback ends with
# `FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'`.


def main(argv):
    with open('missing.txt') as f:
        print(f.read())
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
