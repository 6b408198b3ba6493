# RUN: rpyc -o %t %s
# A task used where its result is expected.


async def f(n):
    return n


def main(argv):
    x = f(1) + 1
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_async_task_value.py:10:9: error: unsupported operation `+` on `task of async f` and `int` [UnsupportedOperation]
#    10 |     x = f(1) + 1
#       |         ^~~~~~~~
# exit: 1
