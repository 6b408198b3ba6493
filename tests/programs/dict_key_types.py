# Keys of int, str, tuple, float, bool and instance types.


class Node(object):
    def __init__(self, label):
        self.label = label


def main(argv):
    ints = {10: 'ten', -3: 'minus three', 0: 'zero'}
    print(ints[10], ints[-3], ints.get(1, '?'))
    strs = {'é': 1, 'ü': 2, '日本': 3, '': 4}
    print(strs['日本'], strs[''], 'ü' in strs, len(strs))
    tup = {}
    for x in range(3):
        for y in range(3):
            tup[(x, y)] = x * 10 + y
    print(tup[(2, 1)], tup[1, 2], (3, 3) in tup, len(tup))
    mixed = {(1, 'a'): 1.5, (2, 'b'): 2.5}
    print(mixed[(2, 'b')], list(mixed))
    fl = {0.5: 'half', 1.0: 'one', -2.25: 'neg'}
    print(fl[0.5], fl[1.0], fl[-2.25], fl.get(0.25))
    a = Node('a')
    b = Node('b')
    owner = {a: 'first', b: 'second'}
    print(owner[a], owner[b], Node('a') in owner)
    degree = {}
    for n in [a, b, a, a]:
        degree[n] = degree.get(n, 0) + 1
    print([(n.label, degree[n]) for n in degree])
    nested = {'x': {'y': {'z': 42}}}
    print(nested['x']['y']['z'])
    bools = {True: 'yes', False: 'no'}
    print(bools[1 == 1], bools[2 < 1])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
