# StopIteration from next() on exhausted iterators; next() with a default.


def main(argv):
    it = iter([10, 20, 30])
    total = 0
    while True:
        try:
            x = next(it)
        except StopIteration:
            print('exhausted')
            break
        total += x
        print('got', x)
    print('total', total)
    it2 = iter('ab')
    print(next(it2), next(it2), next(it2, '-'), next(it2, '?'))
    d = {'x': 1, 'y': 2}
    keys = iter(d)
    print(next(keys), next(keys))
    try:
        next(keys)
    except StopIteration:
        print('dict keys done')
    r = iter(range(3, 0, -1))
    out = []
    try:
        while True:
            out.append(next(r))
    except StopIteration:
        pass
    print(out)
    e = iter([])
    print(next(e, None) is None)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
