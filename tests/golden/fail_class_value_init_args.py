# RUN: rpyc -o %t %s
# Calling a value that may be one of several classes: every class's
# __init__ must take the arguments the same way (no defaults filled in).


class Shape(object):
    def __init__(self, size):
        self.size = size


class Dot(Shape):
    def __init__(self, size, color='red'):
        Shape.__init__(self, size)
        self.color = color


def main(argv):
    kinds = [Shape, Dot]
    for k in kinds:
        print(k(3).size)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_class_value_init_args.py:20:15: error: cannot call a value that may be any of several classes with these arguments (the __init__ of every class it may hold must take them all, the same way) [UnsupportedCall]
#    20 |         print(k(3).size)
#       |               ^~~~
# exit: 1
