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
# exit: 1
