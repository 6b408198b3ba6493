# KeyError from a dict keyed by instances with __eq__/__hash__ shows the key's
# __repr__, caught (str(e)) and uncaught (the last line of the traceback).


class P(object):
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __repr__(self):
        return 'P(%d)' % self.x


def main(argv):
    d = {P(1): 'a'}
    print(d[P(1)])
    try:
        print(d[P(2)])
    except KeyError as e:
        print('KeyError', e)
    print(d[P(3)])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
