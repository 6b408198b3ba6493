# Helper module for mod_* programs: a base class subclassed in another module.


class Shape(object):
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def label(self):
        return '%s(%d sides, area %.2f)' % (self.name, self.sides, self.area())


class ShapeError(Exception):
    pass


def total_area(shapes):
    t = 0.0
    for s in shapes:
        t += s.area()
    return t
