# @staticmethod and @classmethod, alternative constructors, cls() on subclasses.


class Temperature(object):
    SCALE = 'C'

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9.0 / 5.0 + 32.0

    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32.0) * 5.0 / 9.0)

    @classmethod
    def freezing(cls):
        return cls(0.0)

    @classmethod
    def scale_name(cls):
        return 'scale ' + cls.SCALE

    def show(self):
        return '%.2f%s' % (self.degrees, self.SCALE)


class Kelvinish(Temperature):
    SCALE = 'K*'

    def show(self):
        return 'K-like ' + Temperature.show(self)


class IdGen(object):
    next_id = 1

    @classmethod
    def fresh(cls):
        n = cls.next_id
        cls.next_id += 1
        return n


def main(argv):
    print(Temperature.c_to_f(100.0), Temperature.c_to_f(-40.0))
    t = Temperature(25.0)
    print(t.c_to_f(37.5), t.clamp(120, 0, 100), Temperature.clamp(-5, 0, 100))
    a = Temperature.from_fahrenheit(212.0)
    b = Kelvinish.from_fahrenheit(50.0)
    c = Kelvinish.freezing()
    print(a.show(), b.show(), c.show())
    print(isinstance(b, Kelvinish), isinstance(a, Kelvinish))
    print(Temperature.scale_name(), Kelvinish.scale_name(), c.scale_name())
    ids = [IdGen.fresh() for i in range(4)]
    print(ids, IdGen.next_id)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
