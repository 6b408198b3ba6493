# Modular exponentiation by squaring; Fermat and Miller-Rabin-style checks.


def powmod(base, exp, mod):
    result = 1
    base = base % mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        exp = exp >> 1
        base = base * base % mod
    return result


def fermat_probable_prime(n):
    if n < 4:
        return n == 2 or n == 3
    for a in range(2, 6):
        if powmod(a, n - 1, n) != 1:
            return False
    return True


def main(argv):
    print(powmod(2, 10, 1000), powmod(3, 200, 1000000007), powmod(7, 0, 13))
    print(powmod(-3, 3, 7), powmod(5, 117, 19), powmod(123456789, 987654321, 1000000007))
    m = 2147483647
    print(powmod(16807, m - 1, m), powmod(48271, 1000000, m))
    line = ''
    for n in range(2, 80):
        if fermat_probable_prime(n):
            line = line + str(n) + ','
    print(line)
    print(fermat_probable_prime(561), fermat_probable_prime(1000000007))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
