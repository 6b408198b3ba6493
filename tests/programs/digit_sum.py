# Sum of digits, digital root, and digit products.


def digit_sum(n):
    if n < 0:
        n = -n
    s = 0
    while n > 0:
        s = s + n % 10
        n = n // 10
    return s


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def digit_product(n):
    p = 1
    while n > 0:
        p = p * (n % 10)
        n = n // 10
    return p


def main(argv):
    print(digit_sum(0), digit_sum(9), digit_sum(12345), digit_sum(-987))
    print(digit_sum(9223372036854775807))
    print(digital_root(987654321), digital_root(5), digital_root(999999999999))
    print(digit_product(2345), digit_product(1020))
    total = 0
    for i in range(1, 10001):
        total = total + digit_sum(i)
    print('sum of digit sums 1..10000:', total)
    fact = 1
    for i in range(1, 21):
        fact = fact * i
    print('20! =', fact, 'digit sum', digit_sum(fact))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
