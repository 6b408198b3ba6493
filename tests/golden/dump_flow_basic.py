# RUN: rpyc --stop-after flow --dump flow %s
# Flow graphs of a small program: an if, a while, a for-range and calls.


def classify(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    return 1


def count_down(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps = steps + 1
    return steps


def main(argv):
    total = 0
    for i in range(1, 10, 2):
        total = total + classify(i - 5)
    print(total, count_down(3))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 0
