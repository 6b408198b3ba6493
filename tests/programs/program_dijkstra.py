# Dijkstra's shortest paths on a weighted grid with heapq; path reconstruction.
import heapq

GRID = [
    '1163751742',
    '1381373672',
    '2136511328',
    '3694931569',
    '7463417111',
    '1319128137',
    '1359912421',
    '3125421639',
    '1293138521',
    '2311944581',
]


def neighbours(r, c, h, w):
    out = []
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr = r + dr
        nc = c + dc
        if 0 <= nr < h and 0 <= nc < w:
            out.append((nr, nc))
    return out


def dijkstra(grid, start, goal, blocked):
    h = len(grid)
    w = len(grid[0])
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    popped = 0
    while heap:
        d, node = heapq.heappop(heap)
        popped += 1
        if node == goal:
            break
        if d > dist.get(node, 1 << 60):
            continue
        r, c = node
        for nb in neighbours(r, c, h, w):
            if nb in blocked:
                continue
            nd = d + int(grid[nb[0]][nb[1]])
            if nd < dist.get(nb, 1 << 60):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    if goal not in dist:
        return -1, [], popped
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    path.reverse()
    return dist[goal], path, popped


def draw(grid, path, blocked):
    on = set(path)
    for r in range(len(grid)):
        line = ''
        for c in range(len(grid[0])):
            if (r, c) in blocked:
                line += '#'
            elif (r, c) in on:
                line += '*'
            else:
                line += '.'
        print(line)


def main(argv):
    cost, path, popped = dijkstra(GRID, (0, 0), (9, 9), set())
    print('cost', cost, 'length', len(path), 'popped', popped)
    print(path[:6], path[-3:])
    draw(GRID, path, set())
    wall = set([(r, 5) for r in range(9)])
    cost2, path2, popped2 = dijkstra(GRID, (0, 0), (9, 9), wall)
    print('with wall: cost', cost2, 'length', len(path2))
    draw(GRID, path2, wall)
    full = set([(r, 5) for r in range(10)])
    print('fully blocked:', dijkstra(GRID, (0, 0), (9, 9), full)[0])
    print('same cell:', dijkstra(GRID, (4, 4), (4, 4), set())[:2])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
