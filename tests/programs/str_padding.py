# zfill/center/ljust/rjust and table formatting with them.


def main(argv):
    for n in ['7', '-42', '+3', '12345', '']:
        print(repr(n.zfill(5)))
    for w in ['a', 'abc', 'abcdef', 'abcdefghij']:
        print('[' + w.center(8) + ']', '[' + w.center(9, '*') + ']',
              '[' + w.ljust(7, '.') + ']', '[' + w.rjust(7) + ']')
    rows = [('apples', 3, 1.5), ('kiwis', 12, 0.25), ('watermelons', 1, 4.0)]
    print('item'.ljust(12) + 'qty'.rjust(5) + 'price'.rjust(8))
    for name, qty, price in rows:
        print(name.ljust(12) + str(qty).rjust(5) + ('%.2f' % price).rjust(8))
    print('=' * 25)
    print('é'.center(5, '-'), '日本'.rjust(4, '.'), '😀'.ljust(3, '!'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
