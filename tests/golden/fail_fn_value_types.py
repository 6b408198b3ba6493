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
# tests/golden/fail_fn_value_types.py:16:11: error: cannot call functions whose results have different types through one value [UnsupportedCall]
#    16 |     print(h(2))
#       |           ^~~~
# exit: 1
