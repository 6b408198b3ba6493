# RUN: rpyc -o %t %s
# Generators (`yield`) are not supported.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i = i + 1


def main(argv):
    for x in count_up(3):
        print(x)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
