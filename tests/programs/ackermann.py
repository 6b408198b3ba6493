# Small Ackermann values (deep but bounded recursion).


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main(argv):
    for m in range(4):
        line = ''
        for n in range(5):
            if m < 3 or n < 4:
                line = line + str(ack(m, n)) + ' '
        print('ack', m, ':', line)
    print('ack(3, 5) =', ack(3, 5))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
