# RUN: rpyc -o %t %s
# Rebinding a module global from a function (`global`) is not supported:
# module globals are constants after import.

COUNTER = 0


def bump():
    global COUNTER
    COUNTER = COUNTER + 1


def main(argv):
    bump()
    print(COUNTER)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
