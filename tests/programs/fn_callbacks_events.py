# An event bus with callbacks (functions, lambdas, bound methods).


class Bus(object):
    def __init__(self):
        self.handlers = {}

    def on(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)

    def emit(self, event, payload):
        n = 0
        for fn in self.handlers.get(event, []):
            fn(payload)
            n += 1
        return n


class Logger(object):
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, payload):
        self.lines.append(self.prefix + str(payload))


def main(argv):
    bus = Bus()
    log = Logger('> ')
    totals = [0]

    def add(p):
        totals[0] += p

    bus.on('num', add)
    bus.on('num', log.log)
    bus.on('num', lambda p: print('lambda saw', p))
    bus.on('text', log.log)
    for v in [3, 4, 5]:
        print('handlers', bus.emit('num', v))
    # One value calls every handler with the same argument types: a payload
    # of another type would reach `add` too, so the texts are numbers here.
    print('handlers', bus.emit('text', 42))
    print('handlers', bus.emit('none', 0))
    print(totals[0])
    for l in log.lines:
        print(l)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
