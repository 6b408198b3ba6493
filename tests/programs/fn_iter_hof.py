# map() and filter() over the iteration protocol (generators, ranges,
# generator expressions, iterator classes, strings, dict views), results
# consumed by list(), sum(), sorted(), min()/max(), str.join and for
# loops; functools.reduce with lambdas and closures; closures inside
# generator functions.
import functools


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def triples(n):
    for i in range(n):
        yield i * 3


def counted(n):
    # A closure with a nonlocal counter inside a generator function.
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    for i in range(n):
        yield bump() * 10 + i


def scaled(xs, factor):
    f = lambda v: v * factor
    for x in xs:
        yield f(x)


def main(argv):
    print(list(map(lambda x: x + 1, triples(4))))
    print(list(filter(lambda x: x % 2 == 0, triples(5))))
    print(list(map(str, range(3))), list(map(lambda x: x * x, range(2, 6))))
    print(list(map(lambda x: -x, Countdown(3))), list(filter(None, Countdown(4))))
    print(sum(map(lambda x: x, (y * 2 for y in range(4)))))
    print(sorted(map(lambda x: -x, [3, 1, 2])), max(map(len, ['a', 'abc', 'ab'])))
    print(','.join(map(str, [1, 2, 3])), '-'.join(filter(lambda c: c != 'b', 'abcb')))
    print(list(map(lambda a, b: b * a, [1, 2, 3], 'xyz')))
    counts = {'x': 3, 'y': 0, 'z': 5}
    print(sorted(filter(lambda k: counts[k] > 0, counts)), sum(map(abs, counts.values())))
    print(sorted(map(lambda kv: (kv[1], kv[0]), counts.items()), reverse=True))
    total = 0
    for v in filter(lambda x: x > 2, map(lambda x: x * 2, range(4))):
        total += v
    print(total)
    big = filter(lambda x: x > 1, [3, 1, 4])
    print(list(big))
    print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
    k = 10
    print(functools.reduce(lambda a, b: a + b + k, [1, 2, 3], 0))
    print(functools.reduce(lambda acc, w: acc + len(w), ['ab', 'c'], 0))
    print(functools.reduce(lambda a, b: a if a > b else b, map(len, ['x', 'xyz', 'xy'])))
    print(list(counted(3)), list(scaled([1, 2], 3)), sum(scaled(triples(3), 2)))
    print([w for w in map(lambda s: s.upper(), ['a', 'b'])])
    print(list(filter(lambda p: p[0] < p[1], [(1, 2), (3, 1), (0, 5)])))
    print(min(filter(lambda x: x > 0, [-1, 4, 2]), key=lambda x: -x))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
