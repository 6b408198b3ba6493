# isinstance with builtin types on statically known values, and on
# instances of a small hierarchy stored in one list.


class Value(object):
    pass


class IntValue(Value):
    def __init__(self, v):
        self.v = v


class StrValue(Value):
    def __init__(self, s):
        self.s = s


class ListValue(Value):
    def __init__(self, items):
        self.items = items


def describe(x):
    if isinstance(x, IntValue):
        return 'int %d' % x.v
    if isinstance(x, StrValue):
        return 'str %r' % x.s
    if isinstance(x, ListValue):
        return 'list [' + ', '.join([describe(i) for i in x.items]) + ']'
    if x is None:
        return 'None'
    return 'other'


def main(argv):
    n = 1
    f = 2.0
    s = 'three'
    b = True
    print(isinstance(n, int), isinstance(f, float), isinstance(s, str), isinstance(b, bool))
    print(isinstance(b, int), isinstance(n, bool), isinstance(f, int), isinstance(s, (int, str)))
    print(isinstance([1], list), isinstance((1,), tuple), isinstance({1: 2}, dict))
    values = [IntValue(4), StrValue('x'), ListValue([IntValue(1), StrValue('y')]), None, Value()]
    for v in values:
        print(describe(v))
    ints = 0
    for v in values:
        if isinstance(v, (IntValue, StrValue)):
            ints += 1
    print(ints)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
