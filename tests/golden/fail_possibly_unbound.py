# RUN: rpyc -o %t %s
# A local assigned on only one path and read after the merge.


def main(argv):
    if len(argv) > 2:
        y = 5
    print(y)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
