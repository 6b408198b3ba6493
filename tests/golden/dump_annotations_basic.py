# RUN: rpyc --stop-after annotate --dump annotations %s
# Annotations of ints, floats, strs and bools flowing through calls.

SCALE = 2.5


def scale(x):
    return x * SCALE


def label(n):
    if n > 3:
        return 'big'
    return 'small'


def main(argv):
    n = len(argv)
    f = scale(float(n))
    ok = f > 1.0
    print(label(n), f, ok)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 0
