# RUN: rpyc --stop-after rtype %s
# next() with a default whose type differs from the items.


def gen():
    yield 1


def main(argv):
    g = gen()
    print(next(g, "none"))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_next_default_type.py:11:11: error: next() with a default of type `str` for items of type `int` (one value would have two types) [BadCallArgs]
#    11 |     print(next(g, "none"))
#       |           ^~~~~~~~~~~~~~~
# exit: 1
