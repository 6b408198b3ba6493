# RUN: rpyc -o %t %s
# await of a value that is neither a task nor a JS value.


async def f(n):
    return await n


def main(argv):
    f(1)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_async_await_int.py:6:12: error: `await` needs the result of calling an asynchronous function, not `int` [BadCallArgs]
#     6 |     return await n
#       |            ^~~~~~~
# exit: 1
