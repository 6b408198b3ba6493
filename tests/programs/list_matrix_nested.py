# Nested lists as matrices: building, transposing, multiplying, rotating.


def make(rows, cols, f):
    return [[f(r, c) for c in range(cols)] for r in range(rows)]


def mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out


def rotate(m):
    n = len(m)
    return [[m[n - 1 - c][r] for c in range(n)] for r in range(n)]


def show(m):
    for row in m:
        print(' '.join(['%4d' % x for x in row]))


def main(argv):
    a = make(2, 3, lambda r, c: r + c)
    b = make(3, 2, lambda r, c: r * 2 - c)
    show(a)
    show(b)
    show(mul(a, b))
    sq = make(4, 4, lambda r, c: r * 4 + c)
    show(rotate(sq))
    show(rotate(rotate(rotate(rotate(sq)))))
    print(rotate(sq) == sq, rotate(rotate(rotate(rotate(sq)))) == sq)
    diag = [sq[i][i] for i in range(4)]
    anti = [sq[i][3 - i] for i in range(4)]
    print(diag, anti, sum(diag) + sum(anti))
    jag = [[1], [2, 3], [], [4, 5, 6]]
    print([len(r) for r in jag], sum([sum(r) for r in jag]))
    jag[2].append(9)
    print(jag)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
