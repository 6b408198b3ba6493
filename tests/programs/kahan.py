# Float accumulation: naive summation versus Kahan compensated summation.


def naive_sum(x, n):
    s = 0.0
    for i in range(n):
        s = s + x
    return s


def kahan_sum(x, n):
    s = 0.0
    c = 0.0
    for i in range(n):
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def main(argv):
    print(naive_sum(0.1, 10), kahan_sum(0.1, 10))
    print(naive_sum(0.1, 1000), kahan_sum(0.1, 1000))
    print(naive_sum(0.01, 100000), kahan_sum(0.01, 100000))
    print(naive_sum(1e-8, 1000000), kahan_sum(1e-8, 1000000))
    big = 1e16
    s = big
    for i in range(10):
        s = s + 1.0
    print(s - big)
    alt = 0.0
    sign = 1.0
    for k in range(1, 200001):
        alt = alt + sign / k
        sign = -sign
    print('ln 2 ~', alt)
    print("%.3f %f" % (alt, alt))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
