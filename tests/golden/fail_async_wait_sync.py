# RUN: rpyc -o %t %s
# .wait() on a task outside an asynchronous function.


async def f(n):
    return n


def main(argv):
    print(f(1).wait())
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_async_wait_sync.py:10:11: error: unsupported operation `.wait()` on a task outside an asynchronous function (only an asynchronous function can wait) [UnsupportedOperation]
#    10 |     print(f(1).wait())
#       |           ^~~~~~~~~
# exit: 1
