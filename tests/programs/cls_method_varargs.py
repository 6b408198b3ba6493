# Methods and __init__ with *args called with different numbers and
# types of arguments: each call shape gets its own version when every
# class of the receiver uses the same definition.


class Logger:
    def __init__(self, name, *tags):
        self.name = name
        self.tags = [str(t) for t in tags]
        self.lines = []

    def log(self, fmt, *args):
        line = self.name + ': ' + (fmt % args if args else fmt)
        self.lines.append(line)
        print(line)

    def show(self, *items):
        for it in items:
            print(self.name, repr(it))
        return len(items)

    def total(self, *nums):
        return sum(nums)


class FileLogger(Logger):
    def prefix(self):
        return '[' + self.name + ']'


def main(argv):
    lg = Logger('app', 'x', 1, 2.5)
    print(lg.tags)
    lg.log('started')
    lg.log('%d items', 3)
    lg.log('%s has %d at %.1f', 'box', 2, 0.5)
    print(lg.show(1, 'two'), lg.show(), lg.show(3.5, None, [1]))
    print(lg.total(), lg.total(1, 2, 3), lg.total(4, 5))
    fl = FileLogger('file')
    fl.log('plain')
    fl.log('%s=%s', 'k', 'v')
    print(fl.prefix(), fl.tags, len(fl.lines), len(lg.lines))
    loggers = [Logger('a'), FileLogger('b', 'z')]
    for x in loggers:
        x.log('%d+%d', 1, 2)
        x.show('only')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
