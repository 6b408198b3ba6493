# min/max/sorted with key functions and defaults over mixed collections.


def main(argv):
    people = [('ann', 31, 5.5), ('bob', 25, 6.1), ('cy', 31, 5.9), ('dee', 19, 5.2)]
    print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
    print(max(people, key=lambda p: p[2])[0], min(people)[0], max(people)[0])
    print(min([x for x in [1, 2] if x > 5], default=-1), max([1], default=0), min('zebra'))
    words = 'the quick brown fox jumps over the lazy dog'.split()
    print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (len(w), w)))
    print(max(range(-5, 5), key=lambda x: x * x), min(range(-5, 5), key=lambda x: (x - 2) ** 2))
    d = {'a': 3, 'b': 9, 'c': 1}
    print(max(d, key=lambda k: d[k]), min(d.items(), key=lambda kv: kv[1]))
    print(max(3.5, 2.0, 7.0, -1.0), min(0.1, 0.01), max(False, True))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
