# len() of a list that is None at run time: CPython's TypeError, exit 1.


def find(n):
    if n > 5:
        return None
    return [1, 2]


def main(argv):
    x = find(len(argv) + 10)
    print("before")
    print(len(x))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
