# __str__ and __repr__ via print, str(), repr(), f-strings and list printing.


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


class Money(object):
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return '$%d.%02d' % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return 'Money(%d)' % self.cents


class Tag(object):
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return '<' + self.name + '>'


def main(argv):
    p = Point(3, -4)
    print(p)
    print(str(p), repr(p))
    print([p, Point(0, 0)])
    m = Money(12345)
    print(m)
    print(str(m), repr(m))
    print([m, Money(5)])
    print(f'{m} and {m!r} and {p}')
    print('pay ' + str(m) + ' now')
    print('%s / %r' % (m, m))
    t = Tag('b')
    print(t, str(t))
    s = str(t) * 2
    print(s, len(s))
    d = {'origin': Point(0, 0)}
    print(d)
    print((p, m))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
