# RUN: rpyc --stop-after rtype --dump lltypes %s
# Low-level types after rtyping: Signed, Float, Bool, string pointers.


def mean(total, count):
    return total / count


def main(argv):
    total = 0
    for i in range(10):
        total = total + i * i
    m = mean(total, 10)
    print('mean', m, m > 20.0)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 0
