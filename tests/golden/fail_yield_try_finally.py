# RUN: rpyc --stop-after rtype %s
# `yield` inside try/finally is refused: CPython runs the finally block when an unfinished generator is closed or collected.


def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("done")


def main(argv):
    for x in gen(3):
        print(x)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_yield_try_finally.py:8:13: error: `yield` inside `try` with `finally` is not supported by rpyc [UnsupportedSyntax]
#     8 |             yield i
#       |             ^~~~~~~
# tests/golden/fail_yield_try_finally.py:8:13: note: CPython runs the finally block when an unfinished generator is closed or collected; rpyc does not, so this is refused
#     8 |             yield i
#       |             ^~~~~~~
# exit: 1
