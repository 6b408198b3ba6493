# Automatic specialization of generator functions and of library modules
# (heapq, functools.reduce, written as typeable Python): one version per
# argument type, each generator version with its own frame.
import functools
import heapq


def pairs(xs):
    prev = xs[0]
    for x in xs[1:]:
        yield (prev, x)
        prev = x


def each(xs):
    for x in xs:
        yield x


def describe(xs):
    return ', '.join([str(x) for x in each(xs)])


def main(argv):
    print(list(each([1, 2])), list(each('ab')), list(each([3.5, 4.5])))
    print(describe([1, 2, 3]), describe('xyz'), describe([True, False]))
    print(list(pairs([1, 2, 3])), list(pairs(['a', 'b'])))
    h = [5, 1, 3]
    heapq.heapify(h)
    heapq.heappush(h, 0)
    print(heapq.heappop(h), h)
    names = ['pear', 'fig', 'apple']
    heapq.heapify(names)
    print(heapq.heappop(names), names)
    print(functools.reduce(lambda a, b: a + b, [1, 2, 3]),
          functools.reduce(lambda a, b: a + b, ['x', 'y', 'z']),
          functools.reduce(lambda a, b: a + b, [0.5, 0.25]))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
