# RUN: rpyc --stop-after annotate %s
# An int constant beyond 64 bits passed to a function: rpyc's int is a
# machine integer, so the constant has no representation.

BIG = 2 ** 70


def half(n):
    return n // 2


def main(argv):
    print(half(BIG))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_prebuilt_constant_arg.py:13:11: error: prebuilt constant `1180591620717411303424` (an int beyond 64 bits) passed as argument 'n' is not supported by rpyc [UnsupportedConstant]
#    13 |     print(half(BIG))
#       |           ^~~~~~~~~
# exit: 1
