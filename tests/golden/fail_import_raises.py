# RUN: rpyc -o %t %s
# Module-level code runs in CPython at import time; an exception there is
# reported with its traceback.

LIMIT = 10 // 0


def main(argv):
    print(LIMIT)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
