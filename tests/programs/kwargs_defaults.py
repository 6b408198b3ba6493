# Keyword arguments and default values.


def describe(name, count=1, scale=1.0, loud=False, suffix='.'):
    text = name + ' x' + str(count) + ' @' + str(scale)
    if loud:
        text = text + '!'
    return text + suffix


def area(width, height=2):
    return width * height


def clamp(x, lo=0, hi=100):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def main(argv):
    print(describe('a'))
    print(describe('b', 3))
    print(describe('c', 3, 2.5))
    print(describe('d', loud=True))
    print(describe('e', suffix='?', count=7))
    print(describe(name='f', scale=0.5, count=2, loud=True, suffix=''))
    print(area(5), area(5, 3), area(height=4, width=6), area(7, height=1))
    print(clamp(-5), clamp(50), clamp(500), clamp(500, hi=1000), clamp(5, lo=10))
    print(clamp(5, 1, 3), clamp(x=2, lo=3, hi=4))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
