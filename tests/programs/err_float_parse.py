# float() of a string that is not a number: ValueError, exit code 1.


def parse(s):
    return float(s)


def main(argv):
    print(parse('2.5') + parse(' 1e2 '))
    print(parse('x'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
