# itertools.zip_longest (fillvalue=) and itertools.accumulate (default +,
# a function, a lambda, operator.add / operator.mul, initial=).
import itertools
import operator
from itertools import accumulate, zip_longest


def squares(n):
    for i in range(n):
        yield i * i


def biggest(a, b):
    return a if a > b else b


def main(argv):
    print(list(zip_longest([1, 2, 3], [10, 20], fillvalue=0)))
    print(list(zip_longest('abc', 'x')))
    print(list(zip_longest(['p'], ['q', 'r'], ['s', 't', 'u'], fillvalue='-')))
    print(list(zip_longest([], [], fillvalue=1)), list(zip_longest([4.5], fillvalue=0.0)))
    for a, b in itertools.zip_longest(squares(3), range(5), fillvalue=-1):
        print(a, b, end='; ')
    print()
    words = ['one', 'two', 'three']
    print([a + ' ' + b for a, b in zip_longest(words, ['1'], fillvalue='?')])
    print(list(accumulate([1, 2, 3, 4, 5])))
    print(list(accumulate([1.5, 2.25])), list(accumulate(['a', 'b', 'c'])))
    print(list(accumulate([3, 1, 4, 1, 5], operator.mul)))
    print(list(accumulate([3, 1, 4, 1, 5], operator.add, initial=100)))
    print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], biggest)))
    print(list(accumulate(range(1, 6), lambda acc, x: acc * 10 + x)))
    print(list(accumulate([], initial=7)), list(accumulate([])), list(accumulate(squares(4))))
    print(list(itertools.accumulate([5, 2, 8], func=min)))
    running = 0
    for total in accumulate([2, 4, 6]):
        running += total
    print(running, sum(accumulate([1, 1, 1])))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
