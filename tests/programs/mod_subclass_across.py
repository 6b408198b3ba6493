# Subclassing a class from another module, catching its exception class.
from helper_shapes_pkg import Shape, ShapeError, total_area
import helper_shapes_pkg


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        if w <= 0 or h <= 0:
            raise ShapeError('bad size %rx%r' % (w, h))
        Shape.__init__(self, 'rect')
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Tri(helper_shapes_pkg.Shape):
    sides = 3

    def __init__(self, b, h):
        super().__init__('tri')
        self.b = b
        self.h = h

    def area(self):
        return 0.5 * self.b * self.h


def main(argv):
    shapes = [Rect(2.0, 3.0), Tri(4.0, 5.0), Rect(1.5, 1.5)]
    for s in shapes:
        print(s.label())
    print('total', total_area(shapes))
    try:
        Rect(-1.0, 2.0)
    except ShapeError as e:
        print('ShapeError:', e)
    print(isinstance(shapes[1], helper_shapes_pkg.Shape), issubclass(Rect, Shape))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
