# RUN: rpyc -o %t %s
# Passing an instance of a user class to a JS function: it has no JS value.
from javascript import js


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def main(argv):
    js.console.log(Point(1, 2))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_js_unconvertible_arg.py:13:5: error: cannot pass a value of type `Point` to JS [JsUnconvertible]
#    13 |     js.console.log(Point(1, 2))
#       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_js_unconvertible_arg.py:13:5: note: only None, bool, int, float, str, JS values, functions, and lists, tuples and dicts of those convert
#    13 |     js.console.log(Point(1, 2))
#       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
