# Dicts of lists as graphs: topological sort and reachability.


def topo(deps):
    indeg = {}
    for n in deps:
        indeg.setdefault(n, 0)
        for m in deps[n]:
            indeg[m] = indeg.get(m, 0) + 1
    ready = sorted([n for n in indeg if indeg[n] == 0])
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in deps.get(n, []):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order


def reachable(graph, start):
    seen = {start: 0}
    todo = [start]
    while todo:
        n = todo.pop()
        for m in graph.get(n, []):
            if m not in seen:
                seen[m] = seen[n] + 1
                todo.append(m)
    return seen


def main(argv):
    deps = {'shirt': ['tie', 'belt'], 'tie': ['jacket'], 'pants': ['shoes', 'belt'],
            'belt': ['jacket'], 'socks': ['shoes'], 'undershorts': ['pants', 'shoes'],
            'watch': []}
    print(topo(deps))
    r = reachable(deps, 'undershorts')
    print(sorted(r.items()))
    print(len(reachable(deps, 'watch')), 'jacket' in reachable(deps, 'shirt'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
