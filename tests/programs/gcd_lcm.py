# Euclid's algorithm, recursive and iterative; lcm; extended gcd printed.


def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)


def gcd_iter(a, b):
    while b:
        t = a % b
        a = b
        b = t
    return a


def lcm(a, b):
    return a // gcd_iter(a, b) * b


def ext_gcd_x(a, b):
    # Returns x with a*x + b*y == gcd(a, b).
    old_r = a
    r = b
    old_s = 1
    s = 0
    while r != 0:
        q = old_r // r
        t = old_r - q * r
        old_r = r
        r = t
        t = old_s - q * s
        old_s = s
        s = t
    return old_s


def main(argv):
    print(gcd_rec(48, 18), gcd_iter(48, 18), gcd_rec(17, 5), gcd_iter(0, 9))
    print(gcd_rec(1071, 462), gcd_iter(2 ** 40, 6 ** 15))
    print(lcm(4, 6), lcm(21, 6), lcm(1, 1))
    acc = 1
    for i in range(1, 31):
        acc = lcm(acc, i)
    print('lcm(1..30) =', acc)
    a = 240
    b = 46
    x = ext_gcd_x(a, b)
    y = (gcd_iter(a, b) - a * x) // b
    print("%d*%d + %d*%d = %d" % (a, x, b, y, a * x + b * y))
    coprime = 0
    for i in range(1, 101):
        for j in range(1, 101):
            if gcd_iter(i, j) == 1:
                coprime = coprime + 1
    print('coprime pairs in 1..100:', coprime)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
