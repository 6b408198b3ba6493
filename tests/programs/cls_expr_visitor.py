# An expression tree with one class per node, evaluated and printed by dispatch.


class Expr(object):
    def eval(self, env):
        raise NotImplementedError

    def show(self):
        return '?'


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def show(self):
        return str(self.v)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Expr):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == '+':
            return a + b
        if self.op == '-':
            return a - b
        if self.op == '*':
            return a * b
        return a // b

    def show(self):
        return '(' + self.left.show() + ' ' + self.op + ' ' + self.right.show() + ')'


class Let(Expr):
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

    def eval(self, env):
        new_env = dict(env)
        new_env[self.name] = self.value.eval(env)
        return self.body.eval(new_env)

    def show(self):
        return 'let %s = %s in %s' % (self.name, self.value.show(), self.body.show())


def count_nodes(e):
    if isinstance(e, BinOp):
        return 1 + count_nodes(e.left) + count_nodes(e.right)
    if isinstance(e, Let):
        return 1 + count_nodes(e.value) + count_nodes(e.body)
    return 1


def main(argv):
    e1 = BinOp('+', Num(2), BinOp('*', Var('x'), Num(10)))
    e2 = Let('y', BinOp('-', Var('x'), Num(1)), BinOp('//', Num(100), Var('y')))
    e3 = Let('x', Num(7), BinOp('*', Var('x'), Var('x')))
    for x in [2, 3, 5]:
        env = {'x': x}
        for e in [e1, e2, e3]:
            print(e.show(), '=>', e.eval(env))
    print([count_nodes(e) for e in [e1, e2, e3]])
    try:
        Expr().eval({})
    except NotImplementedError:
        print('abstract')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
