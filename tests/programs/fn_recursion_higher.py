# Recursive higher-order functions: map/filter/fold written by hand.


def fold(f, acc, xs):
    for x in xs:
        acc = f(acc, x)
    return acc


def my_map(f, xs):
    return [f(x) for x in xs]


def my_filter(p, xs):
    return [x for x in xs if p(x)]


def memo_fib():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib


def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out


def main(argv):
    xs = list(range(1, 11))
    print(fold(lambda a, b: a + b, 0, xs), fold(lambda a, b: a * b, 1, xs))
    print(my_map(lambda x: x * x, my_filter(lambda x: x % 3 == 0, xs)))
    print(fold(lambda a, s: a + len(s), 0, ['ab', 'cde', '']))
    fib = memo_fib()
    print([fib(i) for i in range(20)], fib(90))
    ps = permutations([1, 2, 3])
    print(len(ps), ps)
    print(len(permutations(list('abcde'))))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
