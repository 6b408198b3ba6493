# RUN: rpyc -o %t %s
# r_uint (unsigned machine words) is refused with a hint.
from rpython.rlib.rarithmetic import r_uint


def main(argv):
    x = r_uint(5)
    print(x)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_r_uint.py:7:9: error: `r_uint` (unsigned machine words) is not supported by rpyc [UnsupportedSyntax]
#     7 |     x = r_uint(5)
#       |         ^~~~~~~~~
# tests/golden/fail_r_uint.py:7:9: note: use int with intmask() for wrapping arithmetic
#     7 |     x = r_uint(5)
#       |         ^~~~~~~~~
# exit: 1
