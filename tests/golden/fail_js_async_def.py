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
# exit: 1
