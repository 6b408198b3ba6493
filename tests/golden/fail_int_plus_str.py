# RUN: rpyc -o %t %s
# int + str has no meaning (CPython raises TypeError at run time; rpyc
# rejects it at translation time).


def main(argv):
    n = len(argv)
    print(n + ' arguments')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
