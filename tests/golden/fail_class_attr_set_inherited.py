# RUN: rpyc -o %t %s
# Assigning a class attribute through a subclass that only inherits it
# creates a new attribute on the subclass in CPython: refused.


class Base(object):
    limit = 3


class Sub(Base):
    pass


def main(argv):
    Sub.limit = 5
    print(Base.limit, Sub.limit)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_class_attr_set_inherited.py:15:5: error: unsupported operation setting class attribute `limit` inherited from `fail_class_attr_set_inherited.Base` (CPython would create a new attribute on the class) on class `Sub` [UnsupportedOperation]
#    15 |     Sub.limit = 5
#       |     ^~~~~~~~~
# exit: 1
