# args: 27
# Collatz sequence lengths; the longest chain below a bound.


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps


def peak(n):
    top = n
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n = n >> 1
        if n > top:
            top = n
    return top


def main(argv):
    start = int(argv[1])
    print('steps from', start, '=', collatz_steps(start))
    print('peak from', start, '=', peak(start))
    best = 1
    best_steps = 0
    for i in range(1, 30000):
        s = collatz_steps(i)
        if s > best_steps:
            best = i
            best_steps = s
    print("longest below 30000: %d (%d steps)" % (best, best_steps))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
