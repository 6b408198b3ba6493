# RUN: rpyc -o %t %s
# A variable a closure captures must keep one type: the closure sees the
# variable itself (late binding), so it may read either value.


def main(argv):
    x = 1
    show = lambda: x
    print(show())
    x = 'one'
    print(show())
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_closure_type_mismatch.py:10:5: error: cannot merge `int` and `str` for `x`, which a nested function uses (it must keep one type) [UnionMismatch]
#    10 |     x = 'one'
#       |     ^~~~~~~~~
# exit: 1
