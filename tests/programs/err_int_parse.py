# args: 12 abc
# int() of a string that is not a number: ValueError, exit code 1.


def main(argv):
    total = 0
    for i in range(1, len(argv)):
        print('parsing', argv[i])
        total = total + int(argv[i])
    print('total', total)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
