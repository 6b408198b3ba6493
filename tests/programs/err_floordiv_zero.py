# An uncaught ZeroDivisionError from `//`: exit code 1 and a traceback whose
# last line is `ZeroDivisionError: integer division or modulo by zero`.


def average_bucket(total, buckets):
    return total // buckets


def main(argv):
    for b in range(3, -1, -1):
        print('bucket size', average_bucket(100, b))
    print('not reached')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
