# deques, Counters and defaultdicts made at several places and held in one
# variable, list, field or parameter: the creation sites share a class.
from collections import deque, Counter, defaultdict


class Worker(object):
    def __init__(self, seed):
        if seed:
            self.queue = deque([seed, seed + 1])
        else:
            self.queue = deque()
        self.seen = Counter()

    def reset(self, items):
        self.queue = deque(items, maxlen=3)
        self.seen = Counter(items)


def make(n):
    if n > 2:
        return deque(range(n))
    return deque([7])


def group(words, by_len):
    if by_len:
        d = defaultdict(list)
        for w in words:
            d[len(w)].append(w)
    else:
        d = defaultdict(list)
        for w in words:
            d[len(w) * 10].append(w)
    return d


def drain(q):
    out = []
    while q:
        out.append(q.popleft())
    return out


def main(argv):
    k = len(argv)
    if k > 5:
        d = deque([1, 2, 3])
    else:
        d = deque()
    d.append(4)
    d.appendleft(0)
    print(d, len(d))
    qs = [deque([1]), deque(), make(5), make(1)]
    for q in qs:
        q.append(9)
        print(list(q), drain(q))
    w = Worker(3)
    w.queue.append(10)
    print(w.queue, w.seen)
    w.reset([5, 5, 6, 7, 8])
    print(w.queue, w.seen.most_common(2))
    w2 = Worker(0)
    print(w2.queue, list(w2.seen.items()))
    print(sorted(group(['a', 'bb', 'cc', 'ddd'], True).items()))
    print(sorted(group(['a', 'bb', 'cc', 'ddd'], False).items()))
    c = Counter('hello') if k > 0 else Counter()
    c.update('world')
    print(sorted(c.items()))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
