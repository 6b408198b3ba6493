# RUN: rpyc -o %t %s
# A task handed to JS becomes a promise of its result: the result must
# convert to a JS value.
from javascript import js


class Point(object):
    def __init__(self, x):
        self.x = x


async def make_point(x):
    return Point(x)


def main(argv):
    js.Promise.resolve(make_point(1))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <root>/support/javascript/__init__.py:219:5: error: cannot pass a value of type `Point` to JS [JsUnconvertible]
#   219 |     d.resolve(r)
#       |     ^~~~~~~~~~~~
# <root>/support/javascript/__init__.py:219:5: note: only None, bool, int, float, str, JS values, functions, and lists, tuples and dicts of those convert
#   219 |     d.resolve(r)
#       |     ^~~~~~~~~~~~
# exit: 1
