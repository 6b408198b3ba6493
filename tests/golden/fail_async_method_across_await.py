# RUN: rpyc -o %t %s
# A method read before an await inside try and called after it.


async def f(n):
    return n


async def g():
    got = []
    try:
        got.append(await f(1))
    except ValueError:
        pass
    return got


def main(argv):
    g()
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_async_method_across_await.py:12:20: error: inside `try`, calling a method read before an `await` or `yield` (the method `append` of `list[impossible]`) is not supported yet: assign the awaited value to a variable first, then call the method [NotSupportedYet]
#    12 |         got.append(await f(1))
#       |                    ^~~~~~~~~~
# exit: 1
