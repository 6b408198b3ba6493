# RUN: rpyc -o %t %s
# `in` on a list compares with __eq__ in CPython; rpyc compares list items
# by identity, so a class with __eq__ is refused there.


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


def main(argv):
    points = [Point(1), Point(2)]
    print(Point(1) in points)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_list_in_eq_instances.py:16:11: error: unsupported operation `in` on a list of instances whose class defines `__eq__` (not supported yet) [UnsupportedOperation]
#    16 |     print(Point(1) in points)
#       |           ^~~~~~~~~~~~~~~~~~
# exit: 1
