# RUN: rpyc -o %t %s
# Subclasses define __str__, but the base class (which has neither
# __str__ nor __repr__) is instantiated too: printing one would show its
# address in CPython. The check runs once every instantiated class is
# known, so the refusal names the class, not the static type.


class Shape(object):
    pass


class Square(Shape):
    def __str__(self):
        return 'square'


def make(n):
    if n > 3:
        return Shape()
    return Square()


def main(argv):
    print(make(len(argv)))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_str_form_instantiated_base.py:24:5: error: the string form of an instance of `Shape` without __str__ or __repr__ (CPython shows its address) is not supported [BadCallArgs]
#    24 |     print(make(len(argv)))
#       |     ^~~~~~~~~~~~~~~~~~~~~~
# exit: 1
