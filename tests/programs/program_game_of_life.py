# Conway's game of life on a small toroidal grid, with pattern detection.


class Board(object):
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [[False] * w for i in range(h)]

    @classmethod
    def parse(cls, rows):
        b = cls(len(rows[0]), len(rows))
        for y in range(len(rows)):
            for x in range(len(rows[y])):
                b.cells[y][x] = rows[y][x] == '#'
        return b

    def neighbours(self, x, y):
        n = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx == 0 and dy == 0:
                    continue
                if self.cells[(y + dy) % self.h][(x + dx) % self.w]:
                    n += 1
        return n

    def step(self):
        nb = Board(self.w, self.h)
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                alive = self.cells[y][x]
                nb.cells[y][x] = n == 3 or (alive and n == 2)
        return nb

    def population(self):
        return sum([sum([1 for c in row if c]) for row in self.cells])

    def key(self):
        return ''.join([''.join(['#' if c else '.' for c in row]) for row in self.cells])

    def show(self):
        for row in self.cells:
            print(''.join(['#' if c else '.' for c in row]))


def run(name, rows, gens):
    b = Board.parse(rows)
    seen = {b.key(): 0}
    print('==', name, 'population', b.population())
    b.show()
    for g in range(1, gens + 1):
        b = b.step()
        k = b.key()
        if k in seen:
            print('gen %d repeats gen %d (period %d), population %d' %
                  (g, seen[k], g - seen[k], b.population()))
            b.show()
            return
        seen[k] = g
    print('after', gens, 'generations population', b.population())
    b.show()


def main(argv):
    run('blinker', ['.....', '..#..', '..#..', '..#..', '.....'], 10)
    run('block', ['....', '.##.', '.##.', '....'], 5)
    run('glider', ['.#......', '..#.....', '###.....', '........', '........',
                   '........', '........', '........'], 40)
    run('r-pentomino', ['..........', '..........', '....##....', '...##.....',
                        '....#.....', '..........', '..........', '..........'], 30)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
