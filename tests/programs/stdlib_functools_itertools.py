# functools.reduce; itertools count/product/permutations/combinations.
from functools import reduce
import itertools


def main(argv):
    print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1))
    print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
    print(reduce(lambda acc, s: acc + s[0], ['alpha', 'beta', 'gamma'], ''))
    c = itertools.count(10, 5)
    print(next(c), next(c), next(c))
    firsts = []
    for i in itertools.count():
        if i * i > 50:
            break
        firsts.append(i)
    print(firsts)
    print(list(itertools.product([1, 2], 'ab')))
    print(len(list(itertools.product(range(3), repeat=3))))
    print(list(itertools.permutations([1, 2, 3])))
    print(list(itertools.permutations('abcd', 2))[:6])
    print(list(itertools.combinations(range(5), 3)))
    print(len(list(itertools.combinations(range(10), 4))))
    best = []
    for combo in itertools.combinations([3, 34, 4, 12, 5, 2], 3):
        if sum(combo) == 9:
            best.append(combo)
            break
    print(best)
    print(list(itertools.chain([1, 2], [3])), list(itertools.islice(itertools.count(), 2, 8, 2)))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
