# args: 25
# Recursive and iterative Fibonacci, formatted with `%`.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i = i + 1
    return a


def main(argv):
    n = int(argv[1])
    r = fib(n)
    print("fib(%d) = %d" % (n, r))
    for k in range(0, 91, 10):
        print("fib_iter(%d) = %d" % (k, fib_iter(k)))
    if r != fib_iter(n):
        return 1
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
