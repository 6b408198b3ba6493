# Sets for visited tracking, dedupe preserving order, and connected components.


def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def components(n, edges):
    adj = {}
    for i in range(n):
        adj[i] = []
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    seen = set()
    comps = []
    for i in range(n):
        if i in seen:
            continue
        comp = set()
        todo = [i]
        while todo:
            x = todo.pop()
            if x in comp:
                continue
            comp.add(x)
            for y in adj[x]:
                todo.append(y)
        seen |= comp
        comps.append(sorted(comp))
    return comps


def main(argv):
    print(dedupe([3, 1, 3, 2, 1, 5, 2, 8]))
    print(dedupe('abracadabra'))
    print(components(8, [(0, 1), (1, 2), (3, 4), (5, 6), (6, 7), (7, 5)]))
    primes = set(range(2, 60))
    for i in range(2, 8):
        primes -= set(range(i * i, 60, i))
    print(sorted(primes), len(primes))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
