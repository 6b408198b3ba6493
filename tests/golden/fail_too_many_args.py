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
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
