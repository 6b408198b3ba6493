# Integer square roots by Newton's method and by binary search.


def isqrt_newton(n):
    if n < 2:
        return n
    if n < 4:
        return 1
    # Start below n without computing n + 1, which would overflow for the
    # largest int.
    x = n
    y = n // 2 + 1
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def isqrt_bisect(n):
    lo = 0
    hi = 3037000499
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


def main(argv):
    for n in range(0, 20):
        print(n, isqrt_newton(n), isqrt_bisect(n))
    big = 9223372036854775807
    print(isqrt_newton(big), isqrt_bisect(big))
    print(isqrt_newton(10 ** 18), isqrt_newton(10 ** 18 - 1))
    mismatches = 0
    for n in range(0, 100000, 37):
        if isqrt_newton(n) != isqrt_bisect(n):
            mismatches = mismatches + 1
    print('mismatches', mismatches)
    squares = 0
    for n in range(1, 10001):
        r = isqrt_newton(n)
        if r * r == n:
            squares = squares + 1
    print('perfect squares up to 10000:', squares)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
