# Dict comprehensions, filtering, inverting, grouping.


def main(argv):
    squares = {i: i * i for i in range(8)}
    print(squares)
    odd_sq = {k: v for k, v in squares.items() if k % 2 == 1}
    print(odd_sq)
    words = ['apple', 'bob', 'kayak', 'level', 'python', 'noon', 'rpython']
    lengths = {w: len(w) for w in words}
    print(lengths)
    pal = {w: w == w[::-1] for w in words}
    print(pal)
    inverted = {v: k for k, v in lengths.items()}
    print(inverted)
    by_first = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
    print(by_first)
    sizes = {k: len(v) for k, v in by_first.items()}
    print(sizes)
    grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
    print(grid)
    total = 0
    for k in grid:
        total += grid[k]
    print(total, sum(grid.values()), max(grid.values()))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
