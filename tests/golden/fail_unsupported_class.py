# RUN: rpyc -o %t %s
# A class statement inside a function is outside the supported subset.


def main(argv):
    class Point:
        pass
    print('made a class')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
