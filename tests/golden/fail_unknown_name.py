# RUN: rpyc -o %t %s
# A name that is neither local, global nor a builtin.


def main(argv):
    total = 0
    for i in range(3):
        total = total + undefined_value
    print(total)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_unknown_name.py:8:25: error: name `undefined_value` is not defined [UnknownName]
#     8 |         total = total + undefined_value
#       |                         ^~~~~~~~~~~~~~~
# exit: 1
