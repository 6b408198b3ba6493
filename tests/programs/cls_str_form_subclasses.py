# str()/repr() of an instance whose static class has no __str__/__repr__
# but whose subclasses do: each object uses its own class's method, and
# __str__ falls back to __repr__ per class, as in CPython.


class Node(object):
    def eval(self):
        raise NotImplementedError


class Num(Node):
    def __init__(self, v):
        self.v = v

    def eval(self):
        return self.v

    def __str__(self):
        return str(self.v)

    def __repr__(self):
        return 'Num(%d)' % self.v


class Add(Node):
    def __init__(self, l, r):
        self.l = l
        self.r = r

    def eval(self):
        return self.l.eval() + self.r.eval()

    def __str__(self):
        return '(%s + %s)' % (self.l, self.r)

    def __repr__(self):
        return 'Add(%r, %r)' % (self.l, self.r)


class Base(object):
    def __repr__(self):
        return 'Base-repr'


class WithStr(Base):
    def __str__(self):
        return 'WithStr-str'


class Plain(Base):
    pass


class OnlyRepr(Base):
    def __repr__(self):
        return 'OnlyRepr-repr'


def main(argv):
    tree = Add(Num(1), Add(Num(2), Num(len(argv) + 2)))
    nodes = [tree, tree.l, tree.r]
    for n in nodes:
        print(n, str(n), repr(n), f'{n}', '%s / %r' % (n, n), n.eval())
    print(nodes)
    print({'k': nodes[1]}, (nodes[1], 2))
    things = [WithStr(), Plain(), OnlyRepr()]
    for t in things:
        print(t, str(t), repr(t), f'{t}', '%s|%r' % (t, t))
    print(things, [str(t) for t in things])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
