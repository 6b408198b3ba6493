# random with seed(): CPython's exact Mersenne Twister sequences.
import random


def main(argv):
    random.seed(42)
    print([random.random() for i in range(3)])
    print([random.randint(1, 6) for i in range(10)])
    print([random.randrange(100) for i in range(5)], random.randrange(10, 20, 3))
    print(random.uniform(1.0, 2.0), random.choice(['a', 'b', 'c', 'd']))
    xs = list(range(10))
    random.shuffle(xs)
    print(xs)
    print(random.sample(range(100), 5), random.sample(['x', 'y', 'z'], 2))
    random.seed(12345)
    print(random.random(), random.randint(0, 1000000))
    r = random.Random(7)
    print(r.random(), r.randint(1, 100), r.choice('xyz'))
    random.seed(42)
    print(random.random())
    hist = [0] * 5
    random.seed(2024)
    for i in range(1000):
        hist[random.randrange(5)] += 1
    print(hist)
    print(random.getrandbits(16), random.choice(range(3, 30, 3)))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
