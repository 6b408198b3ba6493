# RUN: rpyc -o %t %s
# The functions a variable may hold share one signature: results of
# different types cannot come out of the same call.


def f(x):
    return x + 1


def g(x):
    return str(x)


def main(argv):
    h = f if len(argv) > 1 else g
    print(h(2))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_fn_value_types.py:16:11: error: `fail_fn_value_types.f` and `fail_fn_value_types.g` are called through one value, but `fail_fn_value_types.f` returns `int` and `fail_fn_value_types.g` returns `str` [FamilyMismatch]
#    16 |     print(h(2))
#       |           ^~~~
# tests/golden/fail_fn_value_types.py:6:1: note: `fail_fn_value_types.f` is defined here
#     6 | def f(x):
#       | ^
# tests/golden/fail_fn_value_types.py:10:1: note: `fail_fn_value_types.g` is defined here
#    10 | def g(x):
#       | ^
# exit: 1
