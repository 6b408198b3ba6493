# RUN: rpyc -o %t %s
# A function and a bound method called through one value must take the
# same number of arguments: the error names both.


class Acc(object):
    def __init__(self):
        self.total = 0

    def add(self, x, y):
        self.total += x + y
        return self.total


def double(x):
    return 2 * x


def main(argv):
    acc = Acc()
    f = double if len(argv) > 1 else acc.add
    print(f(3))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_fn_family_arity.py:22:11: error: `fail_fn_family_arity.double` and `Acc.add` are called through one value, but `fail_fn_family_arity.double` takes 1 argument and `Acc.add` takes 2 arguments [FamilyMismatch]
#    22 |     print(f(3))
#       |           ^~~~
# tests/golden/fail_fn_family_arity.py:15:1: note: `fail_fn_family_arity.double` is defined here
#    15 | def double(x):
#       | ^
# tests/golden/fail_fn_family_arity.py:10:5: note: `Acc.add` is defined here
#    10 |     def add(self, x, y):
#       |     ^
# exit: 1
