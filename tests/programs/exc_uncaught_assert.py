# Ends with an uncaught AssertionError carrying a message.


def balance(ops):
    total = 0
    for op in ops:
        total += op
        assert total >= 0, 'balance went negative: %d' % total
        print('balance', total)
    return total


def main(argv):
    print(balance([10, -5, 20]))
    print(balance([5, -3, -4, 8]))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
