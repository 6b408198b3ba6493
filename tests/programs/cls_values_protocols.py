# Class features meeting the value family and main's statements:
# instances with __eq__/__hash__ as keys through a base class whose
# subclasses override them, searches that skip __eq__ for the same object,
# exceptions with class attributes printed and matched by tuples of
# classes, `with` on subclasses, and generator methods next to
# classmethods.


class Key(object):
    calls = 0

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        Key.calls += 1
        return self.a == other.a and self.b == other.b

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return 'Key(%d, %s)' % (self.a, self.b)


class LooseKey(Key):
    # Equal whatever b is: the hash must ignore b too.
    def __eq__(self, other):
        Key.calls += 1
        return self.a == other.a

    def __hash__(self):
        return hash(self.a)


class AppError(Exception):
    code = 1


class NotFound(AppError):
    code = 44


class Denied(AppError):
    code = 43


class Resource(object):
    log = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.log.append('open ' + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.log.append('close ' + self.name)
        return False


class Quiet(Resource):
    def __exit__(self, exc_type, exc, tb):
        Resource.log.append('quiet ' + self.name)
        return True


class Counter(object):
    step = 1

    def __init__(self, n):
        self.n = n

    @classmethod
    def upto(cls, n):
        return cls(n)

    def values(self):
        i = 0
        while i < self.n:
            yield i * self.step
            i += 1


class Evens(Counter):
    step = 2


def fail(i):
    if i == 1:
        raise NotFound('missing %d' % i)
    if i == 2:
        raise Denied('no')
    if i == 3:
        raise KeyError(i)
    return i


def use(r, boom):
    with r as h:
        if boom:
            raise Denied(h.name)
        return h.name


def main(argv):
    table = {}
    keys = [Key(1, 'x'), LooseKey(2, 'y'), Key(1, 'x'), LooseKey(2, 'z'), Key(3, 'w')]
    for k in keys:
        table[k] = table.get(k, 0) + 1
    print(len(table), table[Key(1, 'x')], table[LooseKey(2, 'q')], Key(3, 'v') in table)
    seen = set(keys)
    print(len(seen), sorted([repr(k) for k in seen]))
    k0 = keys[0]
    Key.calls = 0
    print(keys.index(k0), keys.count(k0), k0 in keys, Key.calls)
    keys.remove(Key(3, 'w'))
    print(keys, [(k0, 1)] == [(Key(1, 'x'), 1)])
    for i in range(5):
        try:
            print(fail(i))
        except (NotFound, Denied) as e:
            print(type(e).__name__, e.code, e, isinstance(e, NotFound), isinstance(e, (Denied, KeyError)))
        except KeyError as e:
            print('key', e, isinstance(e, LookupError))
    errors = [NotFound('a'), Denied('b')]
    for e in errors:
        print(e, e.code, issubclass(type(e), AppError))
    print(use(Resource('r1'), False))
    try:
        use(Resource('r2'), True)
    except Denied as e:
        print('denied', e)
    print(use(Quiet('q1'), True))
    print(Resource.log)
    for cls in [Counter, Evens]:
        c = cls.upto(4)
        print(cls.__name__, list(c.values()), sum(c.values()))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
