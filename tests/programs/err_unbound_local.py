# A local assigned on one path only and read after the merge: CPython
# raises UnboundLocalError at run time, and so does the translation.


def main(argv):
    if len(argv) > 2:
        y = 5
    print('before')
    print(y)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
