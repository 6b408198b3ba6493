# `[None] * n` filled with instances later: the list built by repetition
# shares its representation with the display it repeats (a regression
# test: under GC torture the items must be scanned pointers).


class Task(object):
    def __init__(self, ident, name):
        self.ident = ident
        self.name = name + '!'


class Registry(object):
    def __init__(self, n):
        self.table = [None] * n
        self.extra = [None, None] + [None]

    def add(self, t):
        self.table[t.ident] = t


def main(argv):
    r = Registry(6)
    for i in range(6):
        r.add(Task(i, 'task' + str(i)))
    junk = []
    for i in range(200):
        junk.append('x' * (i % 7))
    total = 0
    for t in r.table:
        if t is not None:
            total += t.ident
            print(t.name, len(junk))
    r.extra[1] = r.table[3]
    print(total, r.extra[1].name, r.extra[0] is None)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
