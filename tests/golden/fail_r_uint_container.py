# RUN: rpyc --stop-after annotate %s
# r_uint values shown inside a container are refused.
from rpython.rlib.rarithmetic import r_uint


def main(argv):
    pair = (r_uint(1), 2)
    print(pair)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_r_uint_container.py:8:5: error: r_uint values inside containers, compared or hashed as values, are not supported yet (show or compare them one by one) [BadCallArgs]
#     8 |     print(pair)
#       |     ^~~~~~~~~~~
# exit: 1
