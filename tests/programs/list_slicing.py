# Indexing and slicing with negative indices and steps; slice assignment; del.


def main(argv):
    xs = list(range(10))
    print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[-5:-2])
    print(xs[::2], xs[1::3], xs[::-1], xs[8:2:-2], xs[-1:-4:-1])
    print(xs[5:2], xs[100:], xs[-100:2], xs[3:3])
    print(xs[-1], xs[-10], xs[0])
    ys = xs[:]
    ys[2:5] = [-5, -6]
    print(ys)
    ys[:0] = [-1, -2]
    print(ys)
    ys[len(ys):] = [99]
    print(ys)
    ys[1:3] = []
    print(ys)
    zs = list(range(10))
    del zs[0]
    del zs[-1]
    print(zs)
    del zs[2:4]
    print(zs)
    del zs[::2]
    print(zs)
    ws = list(range(8))
    ws[::2] = [0, 0, 0, 0]
    print(ws)
    s = 'abcdefgh'
    print(s[1:6:2], s[::-1], s[-3:])
    t = (1, 2, 3, 4, 5)
    print(t[1:-1], t[::-2])
    m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    print([row[1] for row in m], m[1][::-1], m[-1][-1])
    n = len(xs)
    print([xs[i:i + 3] for i in range(0, n, 3)])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
