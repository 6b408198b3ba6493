# An LRU cache class with a doubly linked list and a dict, used to memoize
# an expensive function; prints hits, misses and evictions.


class Entry(object):
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache(object):
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Entry(-1, -1)
        self.tail = Entry(-1, -1)
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def _unlink(self, e):
        e.prev.next = e.next
        e.next.prev = e.prev

    def _push_front(self, e):
        e.next = self.head.next
        e.prev = self.head
        self.head.next.prev = e
        self.head.next = e

    def get(self, key):
        e = self.map.get(key, None)
        if e is None:
            self.misses += 1
            return -1
        self.hits += 1
        self._unlink(e)
        self._push_front(e)
        return e.value

    def put(self, key, value):
        e = self.map.get(key, None)
        if e is not None:
            e.value = value
            self._unlink(e)
            self._push_front(e)
            return
        if len(self.map) >= self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evicted.append(victim.key)
        e = Entry(key, value)
        self.map[key] = e
        self._push_front(e)

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def keys(self):
        out = []
        e = self.head.next
        while e is not self.tail:
            out.append(e.key)
            e = e.next
        return out


def slow_square_sum(n):
    s = 0
    for i in range(n + 1):
        s += i * i
    return s


def cached_call(cache, n):
    v = cache.get(n)
    if v == -1:
        v = slow_square_sum(n)
        cache.put(n, v)
    return v


def main(argv):
    c = LRUCache(3)
    c.put(1, 10)
    c.put(2, 20)
    c.put(3, 30)
    print(c.keys(), len(c))
    print(c.get(1), c.keys())
    c.put(4, 40)
    print(c.keys(), c.evicted, 2 in c, 1 in c)
    c.put(3, 33)
    print(c.keys(), c.get(3), c.get(2))
    cache = LRUCache(4)
    requests = [5, 7, 5, 9, 11, 5, 13, 7, 7, 9, 100, 5, 11, 13, 200, 5]
    for n in requests:
        print(n, cached_call(cache, n), cache.keys())
    print('hits', cache.hits, 'misses', cache.misses, 'evicted', cache.evicted)
    ratio = cache.hits * 100.0 / (cache.hits + cache.misses)
    print('hit ratio %.1f%%' % ratio)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
