# Class attributes, class-level constants, instance shadowing, counters.


class Counter(object):
    created = 0
    STEP = 1
    LABEL = 'counter'

    def __init__(self, start):
        Counter.created += 1
        self.value = start
        self.serial = Counter.created

    def tick(self):
        self.value += self.STEP
        return self.value


class FastCounter(Counter):
    STEP = 5
    LABEL = 'fast'


class Config(object):
    MAX_ITEMS = 10
    NAMES = ['alpha', 'beta', 'gamma']
    SCALE = 2.5


def show(c):
    print(c.LABEL, c.serial, c.value, c.STEP)


def main(argv):
    a = Counter(0)
    b = FastCounter(100)
    c = Counter(7)
    for i in range(3):
        a.tick()
        b.tick()
    c.tick()
    show(a)
    show(b)
    show(c)
    print('created', Counter.created, FastCounter.created)
    c.STEP = 10          # instance attribute shadows the class one
    c.tick()
    show(c)
    print('class step still', Counter.STEP)
    Counter.STEP = 2     # class attribute changes for all non-shadowed
    a.tick()
    show(a)
    b.tick()
    show(b)
    print(Config.MAX_ITEMS * Config.SCALE)
    for n in Config.NAMES:
        print(n, len(n))
    Config.NAMES.append('delta')
    print(len(Config.NAMES), Config.NAMES[-1])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
