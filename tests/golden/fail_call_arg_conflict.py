# RUN: rpyc -o %t %s
# One function called with an int in one place and a str in another: its
# parameter cannot have a single type.


def show(value):
    print(value)


def main(argv):
    show(1)
    show('one')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_call_arg_conflict.py:12:5: error: cannot merge `int` and `str` for argument `value` of `show` [UnionMismatch]
#    12 |     show('one')
#       |     ^~~~~~~~~~~
# tests/golden/fail_call_arg_conflict.py:11:5: note: argument `value` of `show` first inferred as `int` here
#    11 |     show(1)
#       |     ^~~~~~~
# exit: 1
