# RUN: rpyc --stop-after annotate %s
# r_uint: true division is not supported (nor are `**` and r_uints
# inside containers).
from rpython.rlib.rarithmetic import r_uint


def main(argv):
    x = r_uint(len(argv))
    print(x / r_uint(2))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_r_uint.py:9:11: error: unsupported operation `/` on `r_uint` and `r_uint` [UnsupportedOperation]
#     9 |     print(x / r_uint(2))
#       |           ^~~~~~~~~~~~~
# exit: 1
