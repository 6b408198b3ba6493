# Unbounded recursion that nothing catches: CPython's last traceback line
# "RecursionError: maximum recursion depth exceeded" and exit status 1,
# after the output printed before it.


def walk(n):
    return walk(n + 1) + 1


def main(argv):
    print("start")
    walk(0)
    print("never")
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
