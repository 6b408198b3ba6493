# `x is None` tests narrow x: after `if tags is None: tags = []` the list
# is not None, and a branch where a None-only argument is not None never
# runs (so it is not translated for that call).


def label(name, tags=None, width=None):
    if tags is None:
        tags = []
    w = 'auto' if width is None else '%.1f' % width
    return '%s[%s] %s' % (name, ','.join(tags), w)


def longest(words):
    best = None
    for w in words:
        if best is None or len(w) > len(best):
            best = w
    if best is not None:
        return best.upper()
    return '-'


def main(argv):
    print(label('a'))
    print(label('b', ['x', 'y']))
    print(label('c', width=2.5))
    print(label('d', None, 0.25))
    print(longest(['ab', 'abc', 'a']), longest([]))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
