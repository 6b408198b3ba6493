# RUN: rpyc -o %t %s
# set.symmetric_difference takes exactly one argument (CPython: TypeError).


def main(argv):
    a = {1, 2}
    print(a.symmetric_difference([1], [2]))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_set_symmetric_difference_arity.py:7:11: error: wrong number of arguments: expected 1, got 2 [BadCallArgs]
#     7 |     print(a.symmetric_difference([1], [2]))
#       |           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
