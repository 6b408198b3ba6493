# RUN: rpyc --stop-after rtype --dump lltypes %s
# String concatenation, str() and % formatting after rtyping.


def describe(n):
    s = 'n=' + str(n)
    if n % 2 == 0:
        s = s + ' even'
    return s


def main(argv):
    for i in range(3):
        print(describe(i), "%5d|%x" % (i, i * 255))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 0
