# RUN: rpyc --stop-after rtype %s
# tuple() of a generator has no static length.


def main(argv):
    print(tuple(x * 2 for x in range(3)))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_tuple_of_generator.py:6:11: error: tuple() of `generator <genexpr>` is not supported: a tuple's length is part of its type, so it must be known at translation time (a constant, range() of constants or a list display); use list() for a sequence of any length [BadCallArgs]
#     6 |     print(tuple(x * 2 for x in range(3)))
#       |           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
