# Nested functions with defaults: constant defaults, defaults computed
# where the function is defined (the `name=name` idiom freezes a loop
# variable), *args, keyword arguments and f(*tuple) calls.


def make_handlers():
    handlers = {}
    for name in ['a', 'bb', 'ccc']:
        handlers[name] = lambda s, name=name: name + ':' + s
    return handlers


def make_scalers(factors):
    out = []
    for f in factors:
        def scale(x, f=f, offset=0.5):
            return x * f + offset
        out.append(scale)
    return out


def count(*items):
    return len(items)


def head_and_rest(first, *rest):
    return '%s+%d' % (first, len(rest))


def fmt3(*parts):
    return '%s/%s/%s' % parts


def add3(a, b, c=100):
    return a + b + c


def connect(host, port=80, secure=False, path=None):
    p = '/' if path is None else path
    return '%s://%s:%d%s' % ('https' if secure else 'http', host, port, p)


def main(argv):
    hs = make_handlers()
    print([hs[k]('x') for k in ['ccc', 'a', 'bb']])
    print(hs['a']('y', 'override'))
    print([s(2) for s in make_scalers([1, 10, 100])], make_scalers([3])[0](1, 2, 0.0))
    print(count(), count(1), count(1, 'two', 3.0), count(*(4, 5, 6)))
    print(head_and_rest('a'), head_and_rest('b', 1, 2), head_and_rest(*('x', 'y', 'z')))
    print(fmt3(1, 2, 3), fmt3('a', 2.5, None), fmt3(*(True, 'x', 0)))
    args = (10, 20, 30)
    print(add3(*args), add3(1, *(2, 3)), add3(*(1, 2)), add3(b=2, a=1))
    print(connect('a.com'), connect('b.com', 8080), connect('c.com', secure=True, port=443))
    print(connect(host='d.com', path='/x'))
    greet = lambda who, punct='!': 'hi ' + who + punct
    print(greet('ann'), greet('bob', '?'), greet(punct='.', who='cy'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
