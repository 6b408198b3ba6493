# RUN: rpyc --stop-after annotate %s
# Overrides of one method returning values that do not merge: the
# diagnostic names both types and the override that brought the second.


class Shape:
    def area(self):
        return 0


class Circle(Shape):
    def area(self):
        return 3.14


def main(argv):
    shapes = [Shape(), Circle()]
    for s in shapes:
        print(s.area())
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_method_results_mixed.py:19:15: error: cannot merge `int` and `float` for the results of method `area`: `Circle.area` returns `float`, an override called here returns `int` [UnionMismatch]
#    19 |         print(s.area())
#       |               ^~~~~~~~
# exit: 1
