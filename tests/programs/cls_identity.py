# Identity vs equality for instances: is, is not, ==, default __eq__, in.


class Box(object):
    def __init__(self, v):
        self.v = v


class Token(object):
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Token) and self.text == other.text


def main(argv):
    a = Box(1)
    b = Box(1)
    c = a
    print(a is b, a is c, a == b, a == c, a != b, a is not b)
    boxes = [a, b]
    print(a in boxes, Box(1) in boxes, boxes.index(b))
    c.v = 42
    print(a.v, b.v)
    t1 = Token('x')
    t2 = Token('x')
    t3 = Token('y')
    print(t1 == t2, t1 is t2, t1 == t3, t1 != t3)
    toks = [t1, t3]
    print(Token('y') in toks, toks.index(Token('y')), toks.count(Token('x')))
    n = None
    print(n is None, a is not None, n == None)
    pair = [a, None, b]
    print([x is None for x in pair])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
