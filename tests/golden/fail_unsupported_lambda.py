# RUN: rpyc -o %t %s
# lambda is not supported.


def main(argv):
    double = lambda x: x * 2
    print(double(21))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
