# Generators in for loops and with next(); generator state across yields.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(gen, n):
    out = []
    for x in gen:
        if len(out) >= n:
            break
        out.append(x)
    return out


def chunks(xs, size):
    for i in range(0, len(xs), size):
        yield xs[i:i + size]


def words(text):
    cur = ''
    for c in text:
        if c == ' ':
            if cur:
                yield cur
            cur = ''
        else:
            cur += c
    if cur:
        yield cur


def main(argv):
    for i in count_up(4):
        print('i', i)
    print(take(fib(), 12))
    g = fib()
    print(next(g), next(g), next(g), next(g))
    print(list(chunks(list(range(10)), 3)))
    print(list(words('  hello   generator world ')))
    c = count_up(2)
    print(next(c), next(c), next(c, -1))
    total = 0
    for w in words('a bb ccc dddd'):
        total += len(w)
    print(total)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
