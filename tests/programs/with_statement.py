# The `with` statement on user classes: __enter__ results, __exit__ on
# normal exit, on exceptions (suppressed or not), on return, break and
# continue, and several items in one statement.


class Tracker(object):
    def __init__(self, name, log, suppress):
        self.name = name
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append('exit ' + self.name)
            return False
        msg = 'other'
        if isinstance(exc, KeyError):
            msg = 'KeyError'
        elif isinstance(exc, ValueError):
            msg = 'ValueError'
        self.log.append('exit ' + self.name + ' after ' + msg)
        return self.suppress


def find(log, items, wanted):
    with Tracker('find', log, False):
        for x in items:
            if x == wanted:
                return 'found %d' % x
    return 'missing'


def loop(log):
    total = 0
    for i in range(5):
        with Tracker('it%d' % i, log, False) as name:
            if i == 1:
                continue
            if i == 3:
                break
            total += i
            log.append('body ' + name)
    return total


def fails(log, suppress):
    with Tracker('f', log, suppress):
        d = {'a': 1}
        log.append('lookup %d' % d['b'])
    return 'after'


def main(argv):
    log = []
    with Tracker('one', log, False) as n:
        log.append('inside ' + n)
    print(find(log, [1, 2, 3], 2), find(log, [1], 5))
    print(loop(log))
    print(fails(log, True))
    try:
        fails(log, False)
    except KeyError:
        print('KeyError escaped')
    try:
        with Tracker('outer', log, False) as a, Tracker('inner', log, True) as b:
            log.append(a + b)
            raise ValueError('boom')
        with Tracker('second', log, False):
            raise ValueError('again')
    except ValueError:
        print('caught ValueError')
    for line in log:
        print(line)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
