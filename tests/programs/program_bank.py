# A bank account simulation with classes, inheritance and exceptions.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        BankError.__init__(self, '%s: cannot withdraw %d, balance %d' %
                           (account.number, amount, account.balance))
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError):
    pass


class Account(object):
    kind = 'basic'
    fee = 0

    def __init__(self, number, owner, balance):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def check(self):
        if self.frozen:
            raise AccountFrozen(self.number + ' is frozen')

    def deposit(self, amount):
        self.check()
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('dep', amount))

    def withdraw(self, amount):
        self.check()
        total = amount + self.fee
        if total > self.limit():
            raise InsufficientFunds(self, total)
        self.balance -= total
        self.history.append(('wd', total))

    def limit(self):
        return self.balance

    def month_end(self):
        pass

    def __str__(self):
        return '%s %-8s %-6s %7d%s' % (self.number, self.owner, self.kind, self.balance,
                                       ' (frozen)' if self.frozen else '')


class Checking(Account):
    kind = 'check'
    fee = 1

    def __init__(self, number, owner, balance, overdraft):
        Account.__init__(self, number, owner, balance)
        self.overdraft = overdraft

    def limit(self):
        return self.balance + self.overdraft


class Savings(Account):
    kind = 'save'

    def __init__(self, number, owner, balance, rate_pct):
        super().__init__(number, owner, balance)
        self.rate_pct = rate_pct
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= 2:
            raise BankError('%s: withdrawal limit reached' % self.number)
        Account.withdraw(self, amount)
        self.withdrawals += 1

    def month_end(self):
        interest = self.balance * self.rate_pct // 100
        if interest > 0:
            self.balance += interest
            self.history.append(('int', interest))
        self.withdrawals = 0


class Bank(object):
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, acct):
        self.accounts[acct.number] = acct
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount('no account ' + number)

    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount + a.fee)
            raise

    def run(self, op, src, dst, amount):
        try:
            if op == 'dep':
                self.get(src).deposit(amount)
            elif op == 'wd':
                self.get(src).withdraw(amount)
            elif op == 'xfer':
                self.transfer(src, dst, amount)
            self.log.append('ok   %s %s %s %d' % (op, src, dst or '-', amount))
        except InsufficientFunds as e:
            self.log.append('FAIL %s (short by %d)' % (e, e.shortfall))
        except BankError as e:
            self.log.append('FAIL ' + str(e))
        except ValueError as e:
            self.log.append('BAD  ' + str(e))

    def month_end(self):
        for number in self.accounts:
            self.accounts[number].month_end()

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


def main(argv):
    bank = Bank('RPy Savings & Loan')
    bank.open(Checking('C-1', 'ann', 100, 50))
    bank.open(Savings('S-1', 'ann', 1000, 2))
    bank.open(Account('B-1', 'bob', 20))
    bank.open(Savings('S-2', 'cy', 500, 5))
    ops = [('dep', 'C-1', '', 25), ('wd', 'C-1', '', 160), ('wd', 'C-1', '', 20),
           ('dep', 'B-1', '', -5), ('xfer', 'S-1', 'B-1', 100), ('xfer', 'S-1', 'C-1', 50),
           ('xfer', 'S-1', 'C-1', 1), ('wd', 'X-9', '', 1), ('wd', 'B-1', '', 121),
           ('wd', 'B-1', '', 120)]
    for op, src, dst, amount in ops:
        bank.run(op, src, dst, amount)
    bank.get('S-2').frozen = True
    bank.run('xfer', 'B-1', 'S-2', 0)
    bank.run('dep', 'S-2', '', 10)
    for line in bank.log:
        print(line)
    print('before month end', bank.total())
    bank.month_end()
    for n in sorted(bank.accounts):
        print(bank.accounts[n])
    print('after month end', bank.total())
    for n in ['C-1', 'S-1']:
        print(n, bank.get(n).history)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
