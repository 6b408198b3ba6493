# RUN: rpyc --stop-after rtype %s
# A value that may be one of two generator functions has no single type.


def evens(n):
    for i in range(0, n, 2):
        yield i


def odds(n):
    for i in range(1, n, 2):
        yield i


def total(g):
    return sum(g)


def main(argv):
    print(total(evens(10)), total(odds(10)))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_generator_union.py:20:29: error: cannot merge `generator evens` and `generator odds` for argument `g` of `total` [UnionMismatch]
#    20 |     print(total(evens(10)), total(odds(10)))
#       |                             ^~~~~~~~~~~~~~~
# tests/golden/fail_generator_union.py:20:11: note: argument `g` of `total` first inferred as `generator evens` here
#    20 |     print(total(evens(10)), total(odds(10)))
#       |           ^~~~~~~~~~~~~~~~
# exit: 1
