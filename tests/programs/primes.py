# args: 2000
# Primes by trial division.


def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0:
        return False
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d = d + 2
    return True


def main(argv):
    limit = int(argv[1])
    count = 0
    total = 0
    line = ''
    for n in range(limit):
        if is_prime(n):
            count = count + 1
            total = total + n
            if count <= 25:
                line = line + str(n) + ' '
    print(line)
    print("%d primes below %d, sum %d" % (count, limit, total))
    big = 1000000007
    print(big, is_prime(big), big + 2, is_prime(big + 2))
    twins = 0
    for n in range(3, limit - 2, 2):
        if is_prime(n) and is_prime(n + 2):
            twins = twins + 1
    print('twin prime pairs:', twins)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
