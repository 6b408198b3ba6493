# random with seed(): CPython's exact sequences for random, randint,
# randrange, uniform, choice, shuffle, sample and getrandbits.
import random


def draws(n):
    out = []
    for i in range(n):
        out.append(random.randint(1, 6))
    return out


def main(argv):
    random.seed(42)
    print(random.random(), random.random())
    print(draws(10))
    print([random.randrange(100) for i in range(5)], random.randrange(10, 20, 3))
    print(random.randrange(-5, 5), random.randrange(50, 0, -7))
    print(random.uniform(1.0, 2.0), random.choice(['a', 'b', 'c', 'd']))
    xs = [i for i in range(10)]
    random.shuffle(xs)
    print(xs)
    print(random.sample([i for i in range(100)], 5), random.sample([i for i in range(1000)], 12))
    random.seed(12345)
    print(random.random(), random.randint(0, 1000000), random.getrandbits(16))
    random.seed(42)
    print(random.random())
    hist = [0] * 5
    random.seed(2024)
    for i in range(1000):
        hist[random.randrange(5)] += 1
    print(hist)
    names = ['ann', 'bob', 'cy']
    codes = [1, 2, 3, 4]
    random.shuffle(codes)
    print(codes, random.choice(names))
    try:
        random.choice([])
    except IndexError as e:
        print('IndexError:', str(e))
    try:
        random.randrange(0)
    except ValueError as e:
        print('ValueError:', str(e))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
