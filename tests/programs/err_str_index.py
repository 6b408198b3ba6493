# Indexing a string past its end: IndexError, exit code 1.


def pick(s, i):
    return s[i]


def main(argv):
    s = 'héllo'
    print(pick(s, 1), pick(s, -5))
    print(pick(s, len(s)))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
