# RUN: rpyc -o %t %s
# `async def` (and `await`) are not supported yet.


async def get(x):
    return x


def main(argv):
    get(1)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_js_async_def.py:5:1: error: `async def` is not supported by rpyc [UnsupportedSyntax]
#     5 | async def get(x):
#       | ^
# tests/golden/fail_js_async_def.py:5:1: note: asynchronous functions are not supported yet (they need the asynchronous transform)
#     5 | async def get(x):
#       | ^
# exit: 1
