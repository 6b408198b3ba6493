# RUN: rpyc -o %t %s
# int + str has no meaning (CPython raises TypeError at run time; rpyc
# rejects it at translation time).


def main(argv):
    n = len(argv)
    print(n + ' arguments')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_int_plus_str.py:8:11: error: unsupported operation `+` on `int` and `str` [UnsupportedOperation]
#     8 |     print(n + ' arguments')
#       |           ^~~~~~~~~~~~~~~~
# exit: 1
