# The process exit code is main's return value.


def check(value):
    if value > 10:
        return 3
    return 0


def main(argv):
    print('about to exit with a non-zero code')
    code = check(42)
    print('code', code)
    return code


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
