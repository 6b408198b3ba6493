# Prebuilt module-level instances mutated at run time.


class Stats(object):
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.total = 0
        self.items = []

    def add(self, x):
        self.count += 1
        self.total += x
        self.items.append(x)


class Settings(object):
    def __init__(self):
        self.verbose = False
        self.level = 1
        self.prefix = '>'


SETTINGS = Settings()
EVENS = Stats('evens')
ODDS = Stats('odds')
ALL = [EVENS, ODDS]
DEFAULT_POINT = None


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


ORIGIN = Point(0, 0)


def log(msg):
    if SETTINGS.verbose:
        print(SETTINGS.prefix * SETTINGS.level, msg)


def main(argv):
    log('hidden')
    SETTINGS.verbose = True
    log('shown')
    SETTINGS.level = 3
    SETTINGS.prefix = '-'
    log('deeper')
    for i in range(1, 12):
        if i % 2 == 0:
            EVENS.add(i)
        else:
            ODDS.add(i * i)
    for s in ALL:
        print(s.name, s.count, s.total, s.items)
    ORIGIN.x += 5
    ORIGIN.y -= 2
    print(ORIGIN.x, ORIGIN.y)
    p = ORIGIN
    p.x = 100
    print(ORIGIN.x, p is ORIGIN)
    print(DEFAULT_POINT is None)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
