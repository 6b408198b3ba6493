# Classes as values: registries, factories, calling a class held in a variable.


class Op(object):
    symbol = '?'

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def apply(self):
        return 0


class Add(Op):
    symbol = '+'

    def apply(self):
        return self.a + self.b


class Sub(Op):
    symbol = '-'

    def apply(self):
        return self.a - self.b


class Mul(Op):
    symbol = '*'

    def apply(self):
        return self.a * self.b


class Max(Op):
    symbol = 'max'

    def apply(self):
        return self.a if self.a > self.b else self.b


REGISTRY = {'add': Add, 'sub': Sub, 'mul': Mul, 'max': Max}


def make(kind, a, b):
    cls = REGISTRY[kind]
    return cls(a, b)


def pick(flag):
    if flag:
        return Add
    return Mul


def main(argv):
    for kind in ['add', 'sub', 'mul', 'max']:
        op = make(kind, 7, 3)
        print(kind, op.symbol, op.apply())
    classes = [Add, Sub, Mul, Max]
    total = 0
    for i in range(len(classes)):
        c = classes[i]
        inst = c(i + 1, 10)
        print(c.symbol, inst.apply())
        total += inst.apply()
    print('total', total)
    for flag in [True, False]:
        k = pick(flag)
        print(k.symbol, k(6, 7).apply(), k is Add)
    ops = [cls(2, 5) for cls in classes]
    print([o.apply() for o in ops])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
