# Functions and bound methods as values: dispatch tables, callbacks,
# functions passed to and returned from functions, decorators applied at
# import time.


def square(x):
    return x * x


def negate(x):
    return -x


def halve(x):
    return x // 2


def shout(x):
    print('called with', x)


def run_all(funcs, x):
    return [f(x) for f in funcs]


def apply_n(f, n, x):
    for i in range(n):
        x = f(x)
    return x


def pick(n):
    if n > 0:
        return square
    return negate


def first_name(a, b):
    return a


def second_name(a, b):
    return b + '!'


class Account(object):
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        self.balance -= amount
        return self.balance


NAMES = []


def register(f):
    NAMES.append(f.__name__)
    return f


def identity(f):
    return f


@register
def inc(x):
    return x + 1


@identity
@register
def dec(x):
    return x - 1


def main(argv):
    table = {'sq': square, 'neg': negate, 'half': halve}
    for name in ['sq', 'neg', 'half', 'sq']:
        print(name, table[name](7))
    print(run_all([square, negate, halve], -9))
    print(apply_n(square, 3, 2), apply_n(halve, 4, 1000), apply_n(negate, 3, 5))
    f = square
    print(f(6))
    f = negate if len(argv) > 100 else halve
    print(f(10), pick(3)(4), pick(-1)(4))
    g = shout
    g(3)
    g = shout if len(argv) > 0 else shout
    g(4)
    h = first_name
    for i in range(3):
        print(h('x', 'y'))
        h = second_name
    # keyword arguments through a function value
    print(h(b='kw', a='z'))
    acct = Account('ann')
    dep = acct.deposit
    wd = acct.withdraw
    dep(100)
    dep(50)
    print(wd(30))
    print(acct.owner, acct.balance)
    print(NAMES, inc(1), dec(1))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
