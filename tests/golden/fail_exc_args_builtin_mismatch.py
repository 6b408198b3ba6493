# RUN: rpyc -o %t %s
# `e.args` where e may be a ValueError raised by int() (one str) or one the
# program raises with no argument.


def parse(s):
    if s == "":
        raise ValueError()
    return int(s)


def main(argv):
    try:
        print(parse(argv[0]))
    except ValueError as e:
        print(e.args)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_exc_args_builtin_mismatch.py:16:15: error: cannot merge `tuple[]` and `tuple[str]` for `.args` of an instance of `ValueError` (built-in operations raise `ValueError` with one str argument) [UnionMismatch]
#    16 |         print(e.args)
#       |               ^~~~~~
# tests/golden/fail_exc_args_builtin_mismatch.py:8:15: note: the arguments of `ValueError` first inferred as `tuple[]` here
#     8 |         raise ValueError()
#       |               ^~~~~~~~~~~~
# exit: 1
