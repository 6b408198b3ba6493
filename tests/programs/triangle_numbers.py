# Triangle numbers and divisor counts.


def triangle(n):
    return n * (n + 1) // 2


def count_divisors(n):
    count = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            if d * d == n:
                count = count + 1
            else:
                count = count + 2
        d = d + 1
    return count


def main(argv):
    line = ''
    for i in range(1, 16):
        line = line + str(triangle(i)) + ' '
    print(line)
    i = 1
    while count_divisors(triangle(i)) <= 100:
        i = i + 1
    print("first triangle number with over 100 divisors: T(%d) = %d" % (i, triangle(i)))
    t = 0
    for k in range(1, 1001):
        t = t + k
    print(t == triangle(1000), triangle(3037000499 // 2))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
