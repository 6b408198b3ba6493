# Keyword arguments, defaults (incl. None defaults), keyword-only calls.


def connect(host, port=80, secure=False, timeout=None, tags=None):
    if tags is None:
        tags = []
    t = 'none' if timeout is None else '%.1fs' % timeout
    scheme = 'https' if secure else 'http'
    return '%s://%s:%d timeout=%s tags=%s' % (scheme, host, port, t, ','.join(tags))


def rng(stop, start=0, step=1):
    out = []
    i = start
    while i < stop:
        out.append(i)
        i += step
    return out


def box(text, width=10, fill='.', align='left'):
    if align == 'left':
        return text.ljust(width, fill)
    if align == 'right':
        return text.rjust(width, fill)
    return text.center(width, fill)


def main(argv):
    print(connect('a.com'))
    print(connect('b.com', 8080))
    print(connect('c.com', secure=True, port=443))
    print(connect(host='d.com', timeout=2.5, tags=['x', 'y']))
    print(connect('e.com', 1, True, 0.25, ['z']))
    print(rng(5), rng(10, 4), rng(10, step=3), rng(step=2, stop=7, start=1))
    print('[' + box('hi') + ']', '[' + box('hi', align='right') + ']',
          '[' + box('hi', 6, '*', 'center') + ']', '[' + box(fill='-', text='x') + ']')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
