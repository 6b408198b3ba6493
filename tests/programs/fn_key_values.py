# key= functions composed with the value family's ordering: keys that are
# tuples, lists, nested tuples and instances with __lt__; stability of
# sorted(..., key=f, reverse=True) with equal keys; min()/max() with key=
# picking the first of equal keys; key functions that are closures.


class Version(object):
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return 'Version(%d, %d)' % (self.major, self.minor)


class Task(object):
    def __init__(self, name, version, cost):
        self.name = name
        self.version = version
        self.cost = cost

    def __repr__(self):
        return 'Task(%r)' % self.name


def parse(text):
    parts = text.split('.')
    return Version(int(parts[0]), int(parts[1]))


def main(argv):
    pairs = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('a', 1), ('e', 2)]
    print(sorted(pairs, key=lambda p: (p[1], p[0])))
    print(sorted(pairs, key=lambda p: p[1], reverse=True))
    print(sorted(pairs, key=lambda p: [p[1]], reverse=True))
    print(sorted(pairs, key=lambda p: (p[1], [p[0]]), reverse=True))
    print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
    print(max(pairs, key=lambda p: (p[1], p[0])), min(pairs, key=lambda p: [p[1], len(p[0])]))
    words = ['aa', 'b', 'cc', 'dd', 'e', 'fff']
    print(max(words, key=len), min(words, key=len))
    print(sorted(words, key=len, reverse=True))
    print(sorted(words, key=lambda w: (-len(w), w)))
    versions = [parse('1.2'), parse('0.9'), parse('1.10'), parse('1.2')]
    print(sorted(versions), sorted(versions, reverse=True))
    tasks = [Task('build', versions[0], 3), Task('test', versions[1], 5),
             Task('ship', versions[2], 1), Task('lint', versions[3], 2)]
    print(sorted(tasks, key=lambda t: t.version))
    print(sorted(tasks, key=lambda t: t.version, reverse=True))
    print(max(tasks, key=lambda t: t.version), min(tasks, key=lambda t: t.version))
    print(sorted(tasks, key=lambda t: (t.version, -t.cost)))
    tasks.sort(key=lambda t: [str(t.cost % 2), t.name])
    print(tasks)
    print(sorted(['x', 'yy', 'z'], key=lambda w: Version(len(w), 0)))
    print(sorted([[3, 1], [2, 5], [3, 0], [1]], key=lambda l: l[::-1]))
    weight = {'a': 2, 'b': 1, 'c': 2}
    def by_weight(s):
        return (weight[s[0]], s)
    print(sorted(['ca', 'b', 'ab', 'cb'], key=by_weight, reverse=True))
    nested = [((1, 'z'), 3), ((0, 'y'), 1), ((1, 'a'), 2)]
    print(sorted(nested, key=lambda n: n[0]), max(nested, key=lambda n: n[0]))
    empty = [p for p in pairs if p[1] > 5]
    print(sorted(empty, key=lambda p: (p[1], p[0])))
    try:
        print(max(empty, key=lambda p: [p[1]]))
    except ValueError as e:
        print('ValueError:', e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
