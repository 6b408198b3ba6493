# Decorators on nested functions: memoizing, logging and counting wrappers.


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


def logged(tag):
    def deco(fn):
        def wrapper(x):
            r = fn(x)
            print(tag, x, '->', r)
            return r
        return wrapper
    return deco


def twice(fn):
    return lambda x: fn(fn(x))


@logged('mod')
def inc(x):
    return x + 1


def main(argv):
    calls = [0]

    @memoize
    def fib(n):
        calls[0] += 1
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)

    print(fib(30), calls[0])
    print(fib(31), calls[0])

    k = len(argv) + 2

    @logged('scaled')
    def scale(x):
        return x * k

    scale(3)
    scale(5)

    @twice
    @logged('stacked')
    def add_k(x):
        return x + k

    print(add_k(10))
    print(inc(4))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
