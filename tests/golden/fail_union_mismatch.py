# RUN: rpyc -o %t %s
# `x` is an int on one branch and a str on the other, then used: the
# diagnostic points at both assignments.


def main(argv):
    if len(argv) > 1:
        x = 1
    else:
        x = 'a'
    print(x)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_union_mismatch.py:10:9: error: cannot merge `int` and `str` for `x` [UnionMismatch]
#    10 |         x = 'a'
#       |         ^~~~~~~
# tests/golden/fail_union_mismatch.py:8:9: note: `x` first inferred as `int` here
#     8 |         x = 1
#       |         ^~~~~
# exit: 1
