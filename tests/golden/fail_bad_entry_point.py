# RUN: rpyc -o %t %s
# target() must return the entry function (or `(entry, None)`).


def main(argv):
    return 0


def target(*args):
    return 42
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
