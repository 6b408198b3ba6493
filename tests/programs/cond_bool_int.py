# `and`/`or`/`not` tested for truth mix operands of different types
# (bool and int, str and list); nullable tuples (None or a tuple).


def first_pair(items, limit):
    best = None
    for i in range(len(items)):
        if items[i] > limit and (best is None or items[i] < items[best[0]]):
            best = (i, items[i])
    return best


def describe(p):
    if p is None:
        return 'nothing'
    i, v = p
    return 'at %d: %d' % (i, v)


def main(argv):
    count = 0
    for r in range(10):
        if r % 3 == 0 and r:
            count += 1
        if not (r and r % 2 == 0):
            count += 10
        while r > 7 and 'x':
            r -= 1
    print(count)
    names = ['', 'bob', 'al']
    hits = [n for n in names if n or len(names) > 5]
    print(hits, [n for n in names if not n and True])
    n = 4
    s = 'yes' if n and n > 3 else 'no'
    print(s, 'ok' if [] or n == 4 else 'bad')
    assert n > 0 and names, 'never'
    for p in [first_pair([5, 9, 7, 12], 6), first_pair([1, 2], 6)]:
        print(describe(p), p, p is None, p is not None, bool(p))
    t = first_pair([8], 0)
    if t:
        print('truthy', t[0] + t[1], t == (0, 8), t != (0, 8))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
