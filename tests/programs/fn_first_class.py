# Functions and bound methods as values: dispatch tables, callbacks, sort keys.


def square(x):
    return x * x


def negate(x):
    return -x


def halve(x):
    return x // 2


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


def run_all(funcs, x):
    return [f(x) for f in funcs]


def apply_n(f, n, x):
    for i in range(n):
        x = f(x)
    return x


def main(argv):
    table = {'sq': square, 'neg': negate, 'half': halve}
    for name in ['sq', 'neg', 'half', 'sq']:
        print(name, table[name](7))
    print(run_all([square, negate, halve], -9))
    print(apply_n(square, 3, 2), apply_n(halve, 4, 1000))
    acct = Account('ann')
    dep = acct.deposit
    wd = acct.withdraw
    dep(100)
    dep(50)
    wd(30)
    print(acct.owner, acct.balance)
    ops = [(dep, 5), (wd, 1), (dep, 10)]
    for f, amt in ops:
        print(f(amt))
    f = square
    f = negate if acct.balance > 100 else halve
    print(f(10))
    print(sorted([-3, 2, -1, 4], key=square), sorted(['bb', 'a', 'ccc'], key=len))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
