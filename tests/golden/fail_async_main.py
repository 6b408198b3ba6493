# RUN: rpyc -o %t %s
# The entry point cannot be asynchronous: it starts tasks.


async def main(argv):
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_async_main.py:5:1: error: the entry point `main` must not be asynchronous: call asynchronous functions from it (each call starts a task) [BadEntrySignature]
#     5 | async def main(argv):
#       | ^
# exit: 1
