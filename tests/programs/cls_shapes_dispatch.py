# Single inheritance, overriding and dynamic dispatch over a list of shapes.


class Shape(object):
    PI = 3.14159

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return '%s: area=%.3f perimeter=%.3f' % (self.name, self.area(), self.perimeter())

    def kind(self):
        return 'shape'


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2.0 * (self.w + self.h)

    def kind(self):
        return 'polygon'


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = 'square'

    def describe(self):
        return 'Square(%s) -> ' % self.w + Rect.describe(self)


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, 'circle')
        self.r = r

    def area(self):
        return self.PI * self.r * self.r

    def perimeter(self):
        return 2 * Shape.PI * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__('triangle')
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        v = s * (s - self.a) * (s - self.b) * (s - self.c)
        return v ** 0.5


def total_area(shapes):
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


def main(argv):
    shapes = [Rect(3.0, 4.0), Square(5.0), Circle(1.5), Triangle(3.0, 4.0, 5.0),
              Rect(0.5, 8.0), Circle(2.0)]
    for s in shapes:
        print(s.describe())
        print('  kind', s.kind(), 'name', s.name)
    print('total %.4f' % total_area(shapes))
    biggest = shapes[0]
    for s in shapes:
        if s.area() > biggest.area():
            biggest = s
    print('biggest is', biggest.name, biggest.area())
    polys = 0
    for s in shapes:
        if s.kind() == 'polygon':
            polys += 1
    print('polygons', polys)
    print(Shape.PI, Circle.PI, shapes[2].PI)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
