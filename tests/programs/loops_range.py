# for-range with one, two and three arguments, negative steps, empty
# ranges, break and continue, nested loops.


def total(start, stop, step):
    t = 0
    n = 0
    for i in range(start, stop, step):
        t = t + i
        n = n + 1
    print("range(%d, %d, %d): %d values, sum %d" % (start, stop, step, n, t))
    return t


def main(argv):
    for i in range(5):
        print('one-arg', i)
    for i in range(3, 6):
        print('two-arg', i)
    for i in range(10, 0, -3):
        print('neg-step', i)
    total(0, 100, 1)
    total(0, 100, 7)
    total(100, 0, -7)
    total(-10, 10, 3)
    total(10, -10, -3)
    total(5, 5, 1)
    total(5, 0, 1)
    total(0, 5, -1)
    total(-1, -20, -1)
    for i in range(0):
        print('never')
    for i in range(-5):
        print('never')
    found = -1
    for i in range(2, 100):
        if i * i > 500:
            found = i
            break
    print('first square above 500:', found)
    odd_sum = 0
    for i in range(20):
        if i % 2 == 0:
            continue
        odd_sum = odd_sum + i
    print('odd sum', odd_sum)
    pairs = 0
    for i in range(10):
        for j in range(i, 10):
            if j > 6:
                break
            if (i + j) % 3 == 0:
                continue
            pairs = pairs + 1
    print('pairs', pairs)
    i = 0
    while True:
        i = i + 1
        if i % 7 == 0 and i % 5 == 0:
            break
    print('lcm(5, 7) by search', i)
    last = 0
    for k in range(3):
        last = k
    print('loop variable after loop', last)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
