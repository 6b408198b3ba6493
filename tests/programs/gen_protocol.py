# The generator and iterator protocol: next() with and without a default,
# StopIteration caught and uncaught, return inside a generator, yield in
# while/for/if/try-except, generator methods, recursive generators,
# yield from, generator expressions capturing locals, and built-ins
# consuming generators.


def evens(limit):
    n = 0
    while True:
        if n >= limit:
            return
        if n % 2 == 0:
            yield n
        n += 1


def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except ZeroDivisionError:
            yield -1


def chain(a, b):
    yield from a
    yield from b


class Node(object):
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right

    def walk(self):
        if self.left is not None:
            for x in self.left.walk():
                yield x
        yield self.value
        if self.right is not None:
            for x in self.right.walk():
                yield x


class Range2(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 10
            i += 1


def boom(n):
    for i in range(n):
        if i == 2:
            raise ValueError('boom at 2')
        yield i


def noisy(xs, log):
    for x in xs:
        log.append(x)
        yield x


def main(argv):
    g = evens(7)
    print(next(g), next(g))
    print(list(g))
    print(next(g, -1))
    try:
        next(g)
    except StopIteration:
        print('stopped')
    print(list(safe_div([(7, 2), (1, 0), (9, 3)])))
    print(list(chain(evens(5), [100, 200])))
    tree = Node(4, Node(2, Node(1, None, None), Node(3, None, None)), Node(6, None, Node(7, None, None)))
    print(list(tree.walk()), sum(tree.walk()), max(tree.walk()), min(tree.walk()))
    print(sorted(Range2(4), reverse=True), list(Range2(3)))
    for i, v in enumerate(evens(6)):
        print(i, v)
    got = []
    try:
        for v in boom(5):
            got.append(v)
    except ValueError:
        print('caught boom', got)
    base = 3
    words = ['apple', 'kiwi', 'banana', 'fig']
    print(sum(len(w) * base for w in words if len(w) > base))
    print(sorted(set(w[0] for w in words)), dict((w, len(w)) for w in words))
    print(any(len(w) > 5 for w in words), all(len(w) > 2 for w in words))
    log = []
    print(any(x > 1 for x in noisy([0, 1, 2, 3, 4], log)), log)
    log2 = []
    print(all(x < 2 for x in noisy([0, 1, 2, 3, 4], log2)), log2)
    squares = (x * x for x in range(5))
    print(next(squares), next(squares), list(squares))
    total = 0.0
    for f in (x / 2 for x in [1, 2, 3]):
        total += f
    print(total, sum(x * 0.5 for x in range(4)))
    last = evens(3)
    for _ in last:
        pass
    print(list(last), next(iter(evens(10))))
    it = evens(4)
    print(next(it))
    print(next(it))
    print(next(it))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
