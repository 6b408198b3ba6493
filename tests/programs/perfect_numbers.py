# Perfect, abundant and amicable numbers by divisor sums.


def divisor_sum(n):
    if n < 2:
        return 0
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s = s + d
            if d * d != n:
                s = s + n // d
        d = d + 1
    return s


def main(argv):
    perfect = ''
    abundant = 0
    for n in range(2, 10000):
        s = divisor_sum(n)
        if s == n:
            perfect = perfect + str(n) + ' '
        elif s > n:
            abundant = abundant + 1
    print('perfect:', perfect)
    print('abundant below 10000:', abundant)
    amicable = 0
    for a in range(2, 10000):
        b = divisor_sum(a)
        if b != a and divisor_sum(b) == a:
            amicable = amicable + a
    print('sum of amicable numbers below 10000:', amicable)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
