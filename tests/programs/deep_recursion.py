# Recursion 800 frames deep (CPython's default limit is 1000).


def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def depth_string(n):
    if n == 0:
        return ''
    s = depth_string(n - 1)
    if n % 100 == 0:
        return s + str(n) + ' '
    return s


def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n * n)


def main(argv):
    print(sum_to(800))
    print(depth_string(800))
    print(count_down(800, 0))
    total = 0
    for i in range(200):
        total = total + sum_to(i * 4)
    print(total)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
