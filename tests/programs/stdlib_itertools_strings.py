# itertools over strings, generators and ranges.
import itertools
from itertools import permutations, combinations, product, chain, islice, count


def squares():
    n = 1
    while True:
        yield n * n
        n += 1


def main(argv):
    print([''.join(p) for p in permutations('abc')])
    print(list(combinations('abcde', 2)))
    print([a + b for a, b in product('xy', repeat=2)])
    print(list(product(range(2), 'ab', [True, False]))[:5])
    print(list(chain('ab', 'cd')), list(chain([1], [2, 3], range(4, 6))))
    print(list(islice(squares(), 5)), list(islice('abcdefg', 1, None, 3)))
    c = count(0.5, 0.25)
    print(next(c), next(c), next(c))
    words = ['red', 'green', 'blue']
    for i in count(1):
        if i > len(words):
            break
        print(i, words[i - 1])
    anagrams = set()
    for p in permutations('tops', 4):
        anagrams.add(''.join(p))
    print(len(anagrams), sorted(anagrams)[:4])
    best = 0
    for a, b, c3 in combinations([5, 1, 9, 3, 7], 3):
        if a * b - c3 > best:
            best = a * b - c3
    print(best)
    it = permutations([1, 2, 3], 2)
    print(next(it), next(it))
    print(list(itertools.repeat('ab', 3)), list(combinations(range(3), 4)))
    src = iter([10, 20, 30, 40, 50])
    print(list(islice(src, 2)), next(src))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
