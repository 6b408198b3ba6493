# RUN: rpyc -o %t %s
# Reading an attribute no code sets: CPython raises AttributeError.


class A(object):
    def __init__(self):
        self.x = 1


def main(argv):
    a = A()
    a.foo()
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_attribute_never_set.py:12:5: error: unsupported operation attribute `foo` on `A`, which never sets it (CPython raises AttributeError) [UnsupportedOperation]
#    12 |     a.foo()
#       |     ^~~~~
# exit: 1
