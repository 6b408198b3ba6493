# RUN: rpyc -o %t %s
# `e.args` of a ValueError made with two arguments is refused: built-in
# operations raise ValueError with one str (str(e) and repr(e) work).


def main(argv):
    try:
        raise ValueError("bad", 3)
    except ValueError as e:
        print(repr(e))
        print(e.args)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_exc_args_attr.py:11:15: error: cannot merge `tuple[str, int]` and `tuple[str]` for `.args` of an instance of `ValueError` (built-in operations raise `ValueError` with one str argument) [UnionMismatch]
#    11 |         print(e.args)
#       |               ^~~~~~
# tests/golden/fail_exc_args_attr.py:8:15: note: the arguments of `ValueError` first inferred as `tuple[str, int]` here
#     8 |         raise ValueError("bad", 3)
#       |               ^~~~~~~~~~~~~~~~~~~~
# exit: 1
