# Special methods of an instance that may be None: CPython raises its
# TypeError for None before looking for the method.


class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __add__(self, other):
        return Vec([a + b for a, b in zip(self.xs, other.xs)])

    def __sub__(self, other):
        return Vec([a - b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        return Vec([a * k for a in self.xs])

    def __rmul__(self, k):
        return Vec([a * k for a in self.xs])

    def __neg__(self):
        return Vec([-a for a in self.xs])

    def __reversed__(self):
        return reversed(self.xs)

    def __repr__(self):
        return 'Vec(%r)' % self.xs


def find(n):
    # A new vector of n items for n > 0, else None.
    for v in [Vec([1, 2]), Vec([5, 6, 7])]:
        if len(v.xs) == n:
            return v
    return None


def attempt(name, v, w):
    try:
        if name == 'len':
            print(name, len(v))
        elif name == 'iter':
            print(name, [x for x in v])
        elif name == 'enumerate':
            print(name, list(enumerate(v)))
        elif name == 'getitem':
            print(name, v[0])
        elif name == 'setitem':
            v[0] = 9
            print(name, v)
        elif name == 'delitem':
            del v[0]
            print(name, v)
        elif name == 'contains':
            print(name, 2 in v)
        elif name == 'add':
            print(name, v + w)
        elif name == 'sub':
            print(name, v - w)
        elif name == 'mul':
            print(name, v * 3)
        elif name == 'rmul':
            print(name, 3 * v)
        elif name == 'iadd':
            v += w
            print(name, v)
        elif name == 'neg':
            print(name, -v)
        elif name == 'reversed':
            print(name, list(reversed(v)))
        elif name == 'str':
            print(name, v, str(v))
        elif name == 'repr':
            print(name, repr(v), [v])
        elif name == 'fstring':
            print(name, f'<{v}>')
    except TypeError as e:
        print(name, 'TypeError:', e)


def main(argv):
    ops = ['len', 'iter', 'enumerate', 'getitem', 'setitem', 'delitem', 'contains', 'add',
           'sub', 'mul', 'rmul', 'iadd', 'neg', 'reversed', 'str', 'repr', 'fstring']
    for n in (2, 4):
        for name in ops:
            attempt(name, find(n), Vec([10, 20]))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
