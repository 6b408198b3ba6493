# RUN: rpyc -o %t %s
# `*` of a tuple variable is spread into Python functions, methods and
# classes; built-ins take their arguments one by one.


def main(argv):
    t = (len(argv), 2)
    print(max(*t))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_star_builtin_arg.py:8:11: error: `*` of a tuple variable in a call of `builtin max` is not supported (only Python functions, methods and classes take them); pass the items one by one [BadCallArgs]
#     8 |     print(max(*t))
#       |           ^~~~~~~
# exit: 1
