# collections.deque: BFS on a grid, ring-buffer growth at both ends,
# indexing, rotate, maxlen windows, printing and errors.
from collections import deque

GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]


class Cell(object):
    def __init__(self, r, c):
        self.r = r
        self.c = c

    def __repr__(self):
        return 'Cell(%d, %d)' % (self.r, self.c)


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = end = (0, 0)
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 'S':
                start = (r, c)
            elif grid[r][c] == 'E':
                end = (r, c)
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if (r, c) == end:
            return dist[(r, c)], len(dist)
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1, len(dist)


def main(argv):
    print(bfs(GRID))
    d = deque()
    for i in range(20):
        if i % 3 == 0:
            d.appendleft(i)
        else:
            d.append(i)
    print(d, len(d), d[0], d[-1], d[5], d[-6])
    for i in range(7):
        d.popleft()
        d.append(100 + i)
    print(list(d), 104 in d, 3 in d, d.count(105))
    d.rotate(3)
    print(d)
    d.rotate(-5)
    print(d)
    d[0] = -1
    d[-1] = -2
    print(d[0], d[-1], sum(d), bool(d))
    try:
        print(d[len(d)])
    except IndexError as e:
        print('IndexError:', e)
    full = deque([1, 2, 3, 4])
    full.rotate(1)
    print(full, full.pop(), full.popleft())
    full.extendleft('x' != 'y' and [7, 8])
    print(full)
    w = deque([1.5, 2.5], maxlen=3)
    for x in [3.5, 4.5, 5.5]:
        w.append(x)
        print(w, sum(w) / len(w))
    w.appendleft(0.5)
    print(w)
    words = deque('abc')
    words.extend(['de', 'f'])
    print(words, '-'.join(words))
    cells = deque([Cell(0, 0)])
    cells.append(Cell(1, 2))
    print(cells, [c.r + c.c for c in cells])
    z = deque(maxlen=0)
    z.append(1)
    print(z, len(z))
    e = deque()
    e.append('only')
    e.clear()
    print(e, bool(e))
    try:
        e.pop()
    except IndexError as err:
        print('IndexError:', err)
    try:
        e.popleft()
    except IndexError as err:
        print('IndexError:', err)
    big = deque()
    for i in range(100000):
        big.append(i)
    total = 0
    while big:
        total += big.popleft()
    print(total)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
