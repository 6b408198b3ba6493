# dict methods: get/setdefault/pop/popitem/keys/values/items/update/clear/copy.


def main(argv):
    d = {'one': 1, 'two': 2, 'three': 3}
    print(d, len(d))
    print(d.get('two', 0), d.get('four', 0), d.get('four', 4))
    print(d.setdefault('two', 22), d.setdefault('four', 44), d)
    print(d.pop('one'), d.pop('zzz', -1), d)
    d['five'] = 5
    print(list(d.keys()), list(d.values()))
    print(list(d.items()))
    print(d.popitem(), d)
    e = d.copy()
    e['two'] = 200
    print(d['two'], e['two'], d == e, len(e))
    d.update({'two': 2000, 'six': 6})
    print(d)
    d.update([('seven', 7), ('two', -2)])
    print(d)
    del d['three']
    print('three' in d, 'two' in d, 'two' not in d, 2 in d.values())
    d.clear()
    print(d, len(d), bool(d))
    inv = {}
    for k, v in {'a': 1, 'b': 2, 'c': 1, 'd': 3, 'e': 2}.items():
        inv.setdefault(v, []).append(k)
    print(inv)
    counts = {}
    for ch in 'mississippi':
        counts[ch] = counts.get(ch, 0) + 1
    print(counts)
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print(dict([(1, 'a'), (2, 'b')]), dict(zip('xyz', range(3))))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
