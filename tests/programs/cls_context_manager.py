# __enter__ / __exit__ with `with`: normal exit, exceptions, suppression.


LOG = []


class Resource(object):
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress
        self.open = False

    def __enter__(self):
        self.open = True
        LOG.append('enter ' + self.name)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.open = False
        if exc_type is None:
            LOG.append('exit ' + self.name + ' ok')
        else:
            kind = 'other'
            if isinstance(exc_value, IndexError):
                kind = 'IndexError'
            elif isinstance(exc_value, ValueError):
                kind = 'ValueError: ' + str(exc_value)
            LOG.append('exit ' + self.name + ' with ' + kind)
        return self.suppress


class Indent(object):
    level = 0

    def __enter__(self):
        Indent.level += 1
        return Indent.level

    def __exit__(self, a, b, c):
        Indent.level -= 1
        return False


def say(msg):
    print('  ' * Indent.level + msg)


def main(argv):
    with Resource('a', False) as r:
        print('inside', r.name, r.open)
    print('after', r.open)
    with Resource('b', True) as r:
        print('about to fail')
        x = [1, 2][5]
        print('not reached', x)
    print('suppressed, open =', r.open)
    try:
        with Resource('c', False):
            raise ValueError('boom')
    except ValueError as e:
        print('caught', e)
    with Resource('outer', False) as o:
        with Resource('inner', False) as i:
            print(o.name, i.name)
    for line in LOG:
        print(line)
    say('top')
    with Indent() as lvl:
        say('level %d' % lvl)
        with Indent() as lvl2:
            say('level %d' % lvl2)
        say('back')
    say('done')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
