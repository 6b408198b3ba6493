# A backtracking sudoku solver with candidate sets and constraint counting.

PUZZLE = [
    '53..7....',
    '6..195...',
    '.98....6.',
    '8...6...3',
    '4..8.3..1',
    '7...2...6',
    '.6....28.',
    '...419..5',
    '....8..79',
]


class Sudoku(object):
    def __init__(self, rows):
        self.grid = [[0] * 9 for i in range(9)]
        for r in range(9):
            for c in range(9):
                ch = rows[r][c]
                if ch != '.':
                    self.grid[r][c] = int(ch)
        self.guesses = 0

    def candidates(self, r, c):
        used = set()
        for i in range(9):
            used.add(self.grid[r][i])
            used.add(self.grid[i][c])
        br = r // 3 * 3
        bc = c // 3 * 3
        for i in range(br, br + 3):
            for j in range(bc, bc + 3):
                used.add(self.grid[i][j])
        return [d for d in range(1, 10) if d not in used]

    def best_cell(self):
        best = None
        best_cands = []
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = self.candidates(r, c)
                    if best is None or len(cands) < len(best_cands):
                        best = (r, c)
                        best_cands = cands
        return best, best_cands

    def solve(self):
        cell, cands = self.best_cell()
        if cell is None:
            return True
        r, c = cell
        for d in cands:
            self.grid[r][c] = d
            self.guesses += 1
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False

    def valid(self):
        for i in range(9):
            row = set(self.grid[i])
            col = set([self.grid[j][i] for j in range(9)])
            if len(row) != 9 or len(col) != 9:
                return False
        for br in range(0, 9, 3):
            for bc in range(0, 9, 3):
                box = set()
                for r in range(br, br + 3):
                    for c in range(bc, bc + 3):
                        box.add(self.grid[r][c])
                if len(box) != 9:
                    return False
        return True

    def show(self):
        for r in range(9):
            if r % 3 == 0 and r:
                print('------+-------+------')
            parts = []
            for c in range(9):
                if c % 3 == 0 and c:
                    parts.append('|')
                v = self.grid[r][c]
                parts.append(str(v) if v else '.')
            print(' '.join(parts))


def main(argv):
    s = Sudoku(PUZZLE)
    s.show()
    empties = sum([row.count(0) for row in s.grid])
    print('empty cells', empties, 'candidates at (0,2):', s.candidates(0, 2))
    ok = s.solve()
    print('solved', ok, 'guesses', s.guesses, 'valid', s.valid())
    s.show()
    bad = list(PUZZLE)
    bad[0] = '55..7....'
    s2 = Sudoku(bad)
    print('invalid puzzle solvable:', s2.solve(), 'guesses', s2.guesses)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
