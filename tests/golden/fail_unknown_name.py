# RUN: rpyc -o %t %s
# A name that is neither local, global nor a builtin.


def main(argv):
    total = 0
    for i in range(3):
        total = total + undefined_value
    print(total)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
