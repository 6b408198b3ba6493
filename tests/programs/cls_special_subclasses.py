# Special methods defined only on the subclasses of an abstract base:
# ==, !=, <, len, +, in, index, max and sorted dispatch per object.

class Node(object):
    pass
class P(Node):
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __len__(self): return self.v
    def __add__(self, o): return P(self.v + o.v)
class Q(Node):
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Q) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __len__(self): return self.v * 10
    def __add__(self, o): return Q(self.v * o.v)
def main(argv):
    xs = [P(1), Q(2)]
    ys = [P(1), Q(2)]
    print(xs[0] == ys[0], xs[1] != ys[1], xs[0] == ys[1])
    print(xs[0] < ys[0], ys[0] < xs[1])
    print(max(xs).v, sorted(ys)[0].v, len(xs[1]), (xs[1] + ys[1]).v)
    print(xs[0] in ys, ys.index(xs[1]))
    return 0
def target(*args):
    return main, None
if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
