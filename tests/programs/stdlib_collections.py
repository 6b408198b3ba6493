# collections.deque and defaultdict.
from collections import deque, defaultdict


def main(argv):
    d = deque()
    for i in range(5):
        d.append(i)
    d.appendleft(-1)
    print(list(d), len(d), d[0], d[-1])
    print(d.pop(), d.popleft(), list(d))
    d.extend([7, 8])
    d.extendleft([10, 11])
    print(list(d))
    d.rotate(2)
    print(list(d))
    d.rotate(-3)
    print(list(d))
    window = deque(maxlen=3)
    for i in range(6):
        window.append(i)
        print(list(window), sum(window))
    q = deque([('a', 0)])
    seen = set(['a'])
    graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': [], 'e': ['a']}
    order = []
    while q:
        n, depth = q.popleft()
        order.append('%s@%d' % (n, depth))
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append((m, depth + 1))
    print(order)
    groups = defaultdict(list)
    for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
        groups[w[0]].append(w)
    print(sorted(groups.items()))
    counts = defaultdict(int)
    for c in 'hello world':
        counts[c] += 1
    print(sorted(counts.items()), counts['z'], len(counts))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
