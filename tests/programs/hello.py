# Every basic value type through print(), with several arguments and none.


def main(argv):
    print('hello from rpython')
    print()
    print(42, -7, 0)
    print(3.5, -0.25, 100.0)
    print(True, False, None)
    print('int', 1, 'float', 2.0, 'bool', True, 'none', None)
    print('')
    print('done')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
