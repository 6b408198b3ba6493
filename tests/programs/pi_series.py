# Approximations of pi: Leibniz, Nilakantha and the Wallis product.


def leibniz(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total = total + sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def nilakantha(terms):
    total = 3.0
    sign = 1.0
    for k in range(1, terms + 1):
        n = 2.0 * k
        total = total + sign * 4.0 / (n * (n + 1.0) * (n + 2.0))
        sign = -sign
    return total


def wallis(terms):
    p = 1.0
    for k in range(1, terms + 1):
        f = 4.0 * k * k
        p = p * f / (f - 1.0)
    return 2.0 * p


def main(argv):
    print(leibniz(1000), leibniz(100000))
    print(nilakantha(10), nilakantha(1000))
    print(wallis(1000))
    print("%.3f %.3f %.3f" % (leibniz(10), nilakantha(10), wallis(10)))
    print("%f" % (nilakantha(100),))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
