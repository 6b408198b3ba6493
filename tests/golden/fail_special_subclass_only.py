# RUN: rpyc -o %t %s
# `==` on instances of Shape: only the subclass Square defines __eq__,
# and Shape itself is instantiated. CPython compares a Shape by identity
# but a Square with its __eq__; rpyc dispatches per class only when every
# instantiated class has the method, so it refuses this.


class Shape(object):
    def __init__(self, n):
        self.n = n


class Square(Shape):
    def __eq__(self, other):
        return self.n == other.n


def make(n):
    if n > 3:
        return Shape(n)
    return Square(n)


def main(argv):
    print(make(len(argv)) == make(1))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_special_subclass_only.py:25:11: error: an instance of `Shape` may reach this operation, which calls `__eq__`: only some subclasses of `Shape` define it (define it on `Shape`, or never instantiate `Shape`) [BadCallArgs]
#    25 |     print(make(len(argv)) == make(1))
#       |           ^~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
