# Generators whose frames hold many live values of mixed types (ints,
# floats, strings, lists, instances) across yields, with allocation
# between resumptions: run under GC torture, a frame that is not traced or
# a value not rooted across a call shows up as garbage here.


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def mixed(n):
    count = 0
    scale = 0.5
    label = 'p'
    acc = []
    pt = Point(0, 0)
    words = ['alpha', 'beta', 'gamma']
    while count < n:
        label = label + str(count % 10)
        acc.append(count * count)
        pt = Point(pt.x + count, pt.y - count)
        scale = scale * 1.5
        yield label[-3:] + ':' + str(len(acc)) + ':' + words[count % 3]
        tmp = [str(i) for i in range(count % 5)]
        yield '%s|%d|%d|%.3f|%s' % (','.join(tmp), pt.x, pt.y, scale, acc[-1])
        count += 1


def nested(depth, tag):
    if depth == 0:
        yield tag
        return
    for s in nested(depth - 1, tag + 'L'):
        yield s
    yield tag + '.' + str(depth)
    for s in nested(depth - 1, tag + 'R'):
        yield s


def pairs(a, b):
    for x in a:
        for y in b:
            yield (x, y, str(x) + '-' + y, float(x) / 4.0)


def main(argv):
    out = []
    for s in mixed(12):
        out.append(s)
    print(len(out))
    for s in out[-4:]:
        print(s)
    names = list(nested(3, 'r'))
    print(len(names), names[:5], names[-3:])
    total = 0.0
    n = 0
    for x, y, s, f in pairs([1, 2, 3], ['a', 'bb']):
        total += f
        n += len(s)
    print(total, n)
    # Many generators alive at once, advanced in turn.
    gens = [mixed(3) for _ in range(20)]
    seen = 0
    for round_ in range(6):
        for g in gens:
            s = next(g, '')
            seen += len(s)
    print(seen)
    big = sum(len(s) for s in mixed(200))
    print(big)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
