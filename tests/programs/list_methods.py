# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear.


def main(argv):
    xs = [5, 3, 8]
    xs.append(1)
    xs.extend([9, 3])
    print(xs, len(xs))
    xs.insert(0, 100)
    xs.insert(3, -1)
    xs.insert(len(xs), 77)
    xs.insert(-1, 55)
    xs.insert(50, 66)
    xs.insert(-50, 44)
    print(xs)
    print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(2))
    print(xs)
    xs.remove(5)
    print(xs, xs.index(3), xs.count(3), xs.count(42))
    print(xs.index(9), xs.index(3, 4))
    ys = xs.copy()
    ys.reverse()
    print(xs, ys, xs == ys, xs is ys)
    zs = xs[:]
    zs.append(0)
    print(len(xs), len(zs))
    ys.clear()
    print(ys, len(ys), xs)
    words = []
    for w in 'the quick brown fox jumps over the lazy dog the end'.split():
        if w not in words:
            words.append(w)
    print(words, len(words))
    stack = []
    for i in range(6):
        stack.append(i * i)
    while stack:
        print(stack.pop(), end=' ')
    print()
    q = [1, 2, 3]
    q.extend(q)
    print(q)
    q += [7]
    print(q)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
