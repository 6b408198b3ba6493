# Root finding by bisection on polynomials, in floats.


def poly(x):
    return x * x * x - 2.0 * x - 5.0


def cos_like(x):
    # Taylor series for cos(x), enough terms for |x| < 2.
    term = 1.0
    total = 1.0
    for k in range(1, 12):
        term = -term * x * x / ((2 * k - 1) * (2 * k))
        total = total + term
    return total


def bisect_poly(lo, hi, iterations):
    for i in range(iterations):
        mid = (lo + hi) / 2.0
        if poly(lo) * poly(mid) <= 0.0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2.0


def bisect_cos(lo, hi, iterations):
    for i in range(iterations):
        mid = (lo + hi) / 2.0
        if cos_like(lo) * cos_like(mid) <= 0.0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2.0


def main(argv):
    r = bisect_poly(2.0, 3.0, 60)
    print(r, poly(r))
    print("%.3f" % (bisect_poly(2.0, 3.0, 10),))
    half_pi = bisect_cos(1.0, 2.0, 60)
    print(half_pi, half_pi * 2.0)
    print(cos_like(0.0), cos_like(1.0))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
