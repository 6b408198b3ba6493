# Retry loops, error counting and exceptions as control flow.


class Flaky(Exception):
    def __init__(self, attempt):
        Exception.__init__(self)
        self.attempt = attempt


class Service(object):
    def __init__(self, fail_pattern):
        self.pattern = fail_pattern
        self.calls = 0

    def call(self, x):
        self.calls += 1
        if self.pattern[(self.calls - 1) % len(self.pattern)] == 'F':
            raise Flaky(self.calls)
        return x * 2


def with_retry(svc, x, limit):
    tries = 0
    while True:
        tries += 1
        try:
            return svc.call(x), tries
        except Flaky as f:
            print('  attempt', f.attempt, 'failed')
            if tries >= limit:
                raise


def main(argv):
    svc = Service('FFOFOOFFF')
    for x in range(1, 5):
        try:
            v, t = with_retry(svc, x, 3)
            print(x, '->', v, 'after', t)
        except Flaky as f:
            print(x, 'gave up at call', f.attempt)
    print('calls', svc.calls)
    found = -1
    try:
        for i in range(10):
            for j in range(10):
                if i * j == 42:
                    raise StopIteration
    except StopIteration:
        found = i * 10 + j
    print('found', found)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
