# RUN: rpyc -o %t %s
# Calling a function with more positional arguments than it takes.


def add(a, b):
    return a + b


def main(argv):
    print(add(1, 2, 3))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_too_many_args.py:10:11: error: add() takes 2 positional arguments but 3 were given [BadCallArgs]
#    10 |     print(add(1, 2, 3))
#       |           ^~~~~~~~~~~~
# exit: 1
