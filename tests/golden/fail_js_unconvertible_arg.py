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
# exit: 1
