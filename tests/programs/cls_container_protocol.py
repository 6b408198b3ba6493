# __len__, __getitem__, __setitem__, __contains__ on user containers.


class Grid(object):
    def __init__(self, w, h, fill):
        self.w = w
        self.h = h
        self.cells = [fill] * (w * h)

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value

    def __contains__(self, value):
        for c in self.cells:
            if c == value:
                return True
        return False

    def rows(self):
        out = []
        for y in range(self.h):
            out.append(''.join([self[x, y] for x in range(self.w)]))
        return out


class SparseVector(object):
    def __init__(self, n):
        self.n = n
        self.data = {}

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError('sparse index out of range')
        return self.data.get(i, 0)

    def __setitem__(self, i, v):
        if v == 0:
            if i in self.data:
                del self.data[i]
        else:
            self.data[i] = v

    def __contains__(self, v):
        if v == 0:
            return len(self.data) < self.n
        for k in self.data:
            if self.data[k] == v:
                return True
        return False


def main(argv):
    g = Grid(5, 3, '.')
    g[0, 0] = '#'
    g[4, 2] = '@'
    g[2, 1] = '+'
    for r in g.rows():
        print(r)
    print(len(g), '@' in g, '$' in g, g[2, 1])
    v = SparseVector(10)
    v[3] = 7
    v[9] = -2
    v[5] = 4
    v[5] = 0
    print(len(v), [v[i] for i in range(len(v))])
    print(v[-1], 7 in v, 4 in v, 0 in v)
    total = 0
    i = 0
    while i < len(v):
        total += v[i]
        i += 1
    print('sum', total)
    try:
        print(v[10])
    except IndexError as e:
        print('IndexError', e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
