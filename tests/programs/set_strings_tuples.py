# Sets of strs and tuples: only sorted output, never raw iteration order.


def neighbours(p):
    x, y = p
    return {(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)}


def main(argv):
    live = {(0, 0), (0, 1), (1, 1)}
    frontier = set()
    for p in live:
        frontier |= neighbours(p)
    frontier -= live
    print(sorted(frontier), len(frontier))
    vowels = set('aeiou')
    for w in ['rhythm', 'queue', 'strength', 'aerie']:
        vs = set(w) & vowels
        print(w, sorted(vs), len(vs))
    tags1 = {'python', 'c++', 'wasm'}
    tags2 = {'wasm', 'js', 'node'}
    print(sorted(tags1 ^ tags2))
    print(', '.join(sorted(tags1 | tags2)))
    print(min(tags1), max(tags2), sum(len(t) for t in tags1))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
