class Shape(object):
    kind = 'shape'
    def __init__(self, name):
        self.name = name
        self.count = 0
    def area(self):
        return 0.0
    def describe(self):
        self.count += 1
        return self.name + ' with area ' + str(self.area())

class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self):
        return 3.0 * self.r * self.r

class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, 'rect')
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = 'square'

class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

def total(shapes):
    t = 0.0
    for s in shapes:
        t += s.area()
    return t

def main(argv):
    shapes = [Circle(1.0), Rect(2.0, 3.0), Square(2.0)]
    for s in shapes:
        print(s.describe(), s.count, s.kind)
    print(total(shapes))
    print(isinstance(shapes[2], Rect), isinstance(shapes[0], Rect), isinstance(shapes[2], Shape))
    head = None
    for i in range(5):
        head = Node(i, head)
    n = head
    acc = 0
    while n is not None:
        acc = acc * 10 + n.value
        n = n.next
    print(acc)
    return 0

def target(*args):
    return main, None



if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
