# RUN: rpyc -o %t %s
# One method called with an int in one place and a str in another: its
# parameter cannot have a single type (functions are specialized by
# argument types, methods are not: they are dispatched through vtables).


class Printer(object):
    def show(self, value):
        print(value)


def main(argv):
    p = Printer()
    p.show(1)
    p.show('one')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_call_arg_conflict.py:15:5: error: cannot merge `int` and `str` for argument `value` of `show` [UnionMismatch]
#    15 |     p.show('one')
#       |     ^~~~~~~~~~~~~
# tests/golden/fail_call_arg_conflict.py:14:5: note: argument `value` of `show` first inferred as `int` here
#    14 |     p.show(1)
#       |     ^~~~~~~~~
# exit: 1
