# Ends with an uncaught ZeroDivisionError raised inside a method, after
# output that must be flushed first.


class Averager(object):
    def __init__(self):
        self.values = []

    def add(self, v):
        self.values.append(v)

    def mean(self):
        return sum(self.values) // len(self.values)


def main(argv):
    a = Averager()
    for v in [4, 8, 15, 16, 23, 42]:
        a.add(v)
        print('mean so far', a.mean())
    b = Averager()
    print('empty mean', b.mean())
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
