# Loops, comprehensions and generator expressions directly over a *args
# tuple whose items have different types: each call shape gets a version
# of the function where the loop runs once per item.


def describe(*items):
    out = []
    for it in items:
        out.append(repr(it))
    return ', '.join(out)


def count_truthy(*flags):
    n = 0
    for f in flags:
        if not f:
            continue
        n += 1
    return n


def until_none(*xs):
    seen = []
    for x in xs:
        if x is None:
            break
        seen.append(str(x))
    else:
        seen.append('end')
    return seen


def pairs(*kv):
    return [k + '=' + str(v) for k, v in kv]


def lengths(*xs):
    return {len(str(x)) for x in xs}


def keyed(*xs):
    return {str(x): i for i, x in enumerate([str(y) for y in xs])}


def joined(sep, *parts):
    return sep.join(str(p) for p in parts)


def total_len(*parts):
    return sum(len(str(p)) for p in parts if p)


def cross(*xs):
    return [str(a) + str(b) for a in xs for b in (1, 2) if str(b) != str(a)]


def gen(*xs):
    for x in xs:
        yield str(x) + '!'


def last_repr(*xs):
    last = 'none'
    for x in xs:
        last = repr(x)
    return last


def nested(*rows):
    out = []
    for r in rows:
        for c in r:
            out.append(c)
    return out


def numbered(*xs):
    out = []
    for i, x in enumerate(xs):
        out.append('%d:%s' % (i, x))
    return ' '.join(out) + ' | ' + ','.join([str(n) + repr(x) for n, x in enumerate(xs, 1)])


def log(level, msg, *args):
    if args:
        msg = msg % args
    parts = [str(a) for a in args]
    return '[%s] %s (%d args: %s)' % (level, msg, len(args), '/'.join(parts))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


def main(argv):
    print(describe(1, 'a', 2.5, None, True, (1, 'b'), [1, 2], Point(3, 4)))
    print(describe(), describe(1), describe('x', 'y'))
    print(count_truthy(0, '', 'x', 2.0, None, [], [0]), count_truthy(1, 2, 3))
    print(until_none(1, 'a', None, 3.5), until_none(1, 'a', 3.5), until_none())
    print(pairs(('a', 1), ('b', 2.5), ('c', 'z')))
    print(sorted(lengths(1, 'abc', 2.25, 'zz')))
    print(keyed(10, 'b', 3.5))
    print(joined('-', 'a', 1, 2.5), joined('+'), joined(',', 7, 8))
    print(total_len('abc', 0, 12345, '', 1.5))
    print(cross(1, 'x', 2.0))
    print(list(gen(1, 'two', 3.0)), list(gen()))
    print(last_repr(1, 'a'), last_repr(), last_repr(2.0, 3))
    print(nested([1, 2], [3]), nested(('a', 'b'), ['c']))
    print(numbered(1, 'b', 2.5), numbered(), numbered(None))
    print(log('info', 'started'))
    print(log('warn', '%d of %d failed', 3, 10))
    print(log('err', '%s: %s at %.1f', 'disk', 'full', 99.5))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
