# __iter__ / __next__ with StopIteration, iterating user objects with for.


class Countdown(object):
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fib(object):
    def __init__(self, limit):
        self.a = 0
        self.b = 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


class Bag(object):
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self

    def __iter__(self):
        return BagIter(self.items)


class BagIter(object):
    def __init__(self, items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        x = self.items[self.i]
        self.i += 1
        return x


def main(argv):
    print([x for x in Countdown(5)])
    for f in Fib(100):
        print(f, end=' ')
    print()
    b = Bag().add('x').add('y').add('z')
    for item in b:
        for item2 in b:
            print(item + item2, end=' ')
    print()
    it = iter(Countdown(3))
    print(next(it), next(it), next(it))
    try:
        next(it)
        print('no stop?')
    except StopIteration:
        print('stopped')
    print(sum(Fib(1000)), max(Countdown(4)), list(Countdown(2)))
    print(next(iter(Countdown(0)), -1))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
