# RUN: rpyc -o %t %s
# yield in an asynchronous function (an asynchronous generator).


async def f(n):
    yield n


def main(argv):
    f(1)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_async_generator.py:6:5: error: `yield` in an asynchronous function (an asynchronous generator) is not supported by rpyc [UnsupportedSyntax]
#     6 |     yield n
#       |     ^~~~~~~
# exit: 1
