# RUN: rpyc -o %t %s
# `x` is an int on one branch and a str on the other, then used: the
# diagnostic points at both assignments.


def main(argv):
    if len(argv) > 1:
        x = 1
    else:
        x = 'a'
    print(x)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
