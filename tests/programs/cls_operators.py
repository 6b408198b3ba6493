# Arithmetic special methods: __add__, __sub__, __mul__, __neg__, __truediv__.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a if a >= 0 else -a


class Frac(object):
    def __init__(self, n, d):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        if g == 0:
            g = 1
        self.n = n // g
        self.d = d // g

    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        return self.n == o.n and self.d == o.d

    def __str__(self):
        if self.d == 1:
            return str(self.n)
        return '%d/%d' % (self.n, self.d)


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __str__(self):
        return '(%g, %g)' % (self.x, self.y)


def main(argv):
    a = Frac(1, 2)
    b = Frac(1, 3)
    print(a + b, a - b, a * b, a / b, -a)
    h = Frac(0, 1)
    for i in range(1, 8):
        h = h + Frac(1, i)
        print('H%d = %s' % (i, h))
    print(Frac(2, 4) == Frac(1, 2), Frac(3, -6))
    v = Vec(1.5, -2.0)
    w = Vec(0.25, 4.0)
    print(v + w, v - w, v * 3, -w)
    acc = Vec(0.0, 0.0)
    for i in range(4):
        acc += Vec(float(i), i * 0.5)
    print(acc)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
