# RUN: rpyc -o %t %s
# One function called with an int in one place and a str in another: its
# parameter cannot have a single type.


def show(value):
    print(value)


def main(argv):
    show(1)
    show('one')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
