# RUN: rpyc -o %t %s
# `.wait()` on a promise in a function that is not asynchronous.
from javascript import js


def main(argv):
    response = js.fetch('http://127.0.0.1/').wait()
    print(response)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_js_wait_outside_async.py:7:16: error: `.wait()` outside an asynchronous function is not supported yet: it may only appear inside an `@asynchronous` function, and asynchronous functions need the asynchronous transform [NotSupportedYet]
#     7 |     response = js.fetch('http://127.0.0.1/').wait()
#       |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
