# RUN: rpyc -o %t %s
# CPython's syntax error, reported with file, line and column.


def main(argv):
    x = (1 +
    return x


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
