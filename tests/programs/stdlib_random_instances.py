# random.Random instances: independent states, same draws as CPython.
import random


def main(argv):
    a = random.Random(1)
    b = random.Random(1)
    random.seed(1)
    print(a.random() == b.random(), a.random(), random.random())
    print([a.randint(1, 10) for i in range(5)], [b.randrange(0, 100, 7) for i in range(3)])
    c = random.Random(99)
    xs = list(range(8))
    c.shuffle(xs)
    print(xs, c.sample(xs, 3), c.choice(['p', 'q', 'r']), c.uniform(0.0, 10.0))
    print(c.getrandbits(20), random.getrandbits(20))
    c.seed(5)
    first = c.random()
    c.seed(5)
    print(first == c.random(), random.choice(range(10)), random.choice(range(50, 0, -7)))
    try:
        random.choice(range(3, 3))
    except IndexError as e:
        print('IndexError:', e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
