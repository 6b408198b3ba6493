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
# tests/golden/fail_fn_value_defaults.py:16:12: error: cannot call a value that may be any of `fail_fn_value_defaults.f`, `fail_fn_value_defaults.g` with these arguments (every function a variable may hold must be called with all its parameters, the same way) [UnsupportedCall]
#    16 |     return h(2)
#       |            ^~~~
# exit: 1
