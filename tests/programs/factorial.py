# Factorials, iterative and recursive, up to 20! (the largest that fits).


def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)


def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r = r * i
    return r


def binomial(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


def main(argv):
    for n in range(21):
        a = fact_rec(n)
        b = fact_iter(n)
        print("%d! = %d %s" % (n, a, a == b))
    print(binomial(10, 3), binomial(52, 5), binomial(60, 30))
    print(float(fact_iter(20)), fact_iter(20) / fact_iter(18))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
