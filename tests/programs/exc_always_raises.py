# Calls that never return normally (the callee always raises) inside a
# `try`: the annotator sees no value for the call, but the handlers must
# still run -- directly, through a generator, and inside a `with` block.


class Guard(object):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, kind, value, tb):
        print('exit', kind is None)
        return False


def fail(x):
    raise KeyError((x, 'k'))


def fail_value(msg):
    raise ValueError(msg)


def gen(n):
    for i in range(n):
        yield i
    fail(n)


def main(argv):
    try:
        fail(1)
    except KeyError as e:
        print('caught', str(e))
    try:
        for v in gen(2):
            print('item', v)
    except KeyError as e:
        print('caught from generator', e)
    with Guard():
        try:
            fail_value('inside with')
        except ValueError as e:
            print('caught', e)
    count = 0
    for i in range(3):
        try:
            fail_value('loop %d' % i)
        except ValueError:
            count += 1
        finally:
            print('finally', i)
    print('count', count)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
