# Generator expressions in sum/any/all/min/max/list/sorted/join/tuple/set.


def main(argv):
    xs = [3, -1, 4, -1, 5, -9, 2, 6]
    print(sum(x * x for x in xs), sum(x for x in xs if x > 0))
    print(any(x > 5 for x in xs), any(x > 100 for x in xs), all(x != 0 for x in xs))
    print(all(x > 0 for x in xs), all(x > 0 for x in []), any(x for x in []))
    print(min(abs(x) for x in xs), max(x % 4 for x in xs))
    print(list(x * 2 for x in xs if x % 2), sorted(x for x in xs if x < 4))
    print(', '.join(str(x) for x in xs), '-'.join(c.upper() for c in 'abc'))
    print(list(i for i in range(3)), sorted(set(abs(x) for x in xs)))
    words = ['gen', 'exp', 'rocks', 'hard']
    print(max(len(w) for w in words), sum(len(w) for w in words) / len(words))
    print(dict((w, len(w)) for w in words))
    g = (i * i for i in range(5))
    print(next(g), next(g), list(g), list(g))
    n = 7
    print(sum(1 for i in range(1, n + 1) if n % i == 0))
    print(sum(i * j for i in range(4) for j in range(i)))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
