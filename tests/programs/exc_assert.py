# assert statements: passing, failing with and without messages.


def checked_sqrt(n):
    assert n >= 0, 'negative input %d' % n
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    assert r * r <= n
    return r


def invariant(stack):
    assert len(stack) < 4


def main(argv):
    for n in [0, 1, 15, 16, 99]:
        print(n, checked_sqrt(n))
    try:
        checked_sqrt(-9)
    except AssertionError as e:
        print('assertion:', e)
    stack = []
    for i in range(6):
        try:
            stack.append(i)
            invariant(stack)
            print('pushed', i)
        except AssertionError as e:
            print('too deep at', i, repr(str(e)))
            stack.pop()
    print(stack)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
