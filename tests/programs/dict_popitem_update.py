# popitem LIFO order, update from another dict, dict equality, copy semantics.


def main(argv):
    d = {i: str(i) * i for i in range(1, 6)}
    while d:
        k, v = d.popitem()
        print(k, v, len(d))
    a = {'x': 1, 'y': 2}
    b = {'y': 2, 'x': 1}
    print(a == b, list(a) == list(b), a != {'x': 1})
    c = dict(a)
    c['z'] = 26
    lists = {'z': [1, 2]}
    e = lists.copy()
    e['z'].append(3)
    print(c, lists, e, e['z'] is lists['z'])
    a.update(c)
    print(a)
    merged = {}
    for part in [{'a': 1}, {'b': 2, 'a': 10}, {'c': 3}]:
        merged.update(part)
    print(merged)
    keys = list(merged.keys())
    for k in keys:
        if merged[k] > 2:
            del merged[k]
    print(merged)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
