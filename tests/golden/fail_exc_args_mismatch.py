# RUN: rpyc -o %t %s
# `e.args` where the exceptions e may be were made with arguments of
# different shapes: both places are named.


class AppError(Exception):
    pass


def check(n):
    if n < 0:
        raise AppError("negative")
    if n == 0:
        raise AppError()
    return n


def main(argv):
    try:
        check(len(argv) - 2)
    except AppError as e:
        print(e.args)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_exc_args_mismatch.py:22:15: error: cannot merge `tuple[str]` and `tuple[]` for `.args` of an instance of `AppError` [UnionMismatch]
#    22 |         print(e.args)
#       |               ^~~~~~
# tests/golden/fail_exc_args_mismatch.py:12:15: note: the arguments of `AppError` first inferred as `tuple[str]` here
#    12 |         raise AppError("negative")
#       |               ^~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_exc_args_mismatch.py:14:15: note: the arguments of `AppError` first inferred as `tuple[]` here
#    14 |         raise AppError()
#       |               ^~~~~~~~~~
# exit: 1
