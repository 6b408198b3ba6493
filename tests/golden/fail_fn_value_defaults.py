# RUN: rpyc -o %t %s
# Every function a variable may hold must be called the same way: a call
# through the value cannot fill in one member's defaults.


def f(x, y=1):
    return x + y


def g(x, y):
    return x * y


def main(argv):
    h = f if len(argv) > 1 else g
    return h(2)


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_fn_value_defaults.py:16:12: error: `fail_fn_value_defaults.f` and `fail_fn_value_defaults.g` are called through one value, but this call leaves parameter `y` of `fail_fn_value_defaults.f` to its default (every function a value may hold must be called with all its parameters, the same way) [FamilyMismatch]
#    16 |     return h(2)
#       |            ^~~~
# tests/golden/fail_fn_value_defaults.py:6:1: note: `fail_fn_value_defaults.f` is defined here
#     6 | def f(x, y=1):
#       | ^
# tests/golden/fail_fn_value_defaults.py:10:1: note: `fail_fn_value_defaults.g` is defined here
#    10 | def g(x, y):
#       | ^
# exit: 1
