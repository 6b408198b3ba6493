# Set literals, comprehensions, add/discard/remove/pop, membership, len.


def main(argv):
    s = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
    print(sorted(s), len(s))
    s.add(7)
    s.add(3)
    s.discard(100)
    s.discard(1)
    s.remove(9)
    print(sorted(s), 9 in s, 7 in s, 1 not in s)
    try:
        s.remove(42)
    except KeyError as e:
        print('KeyError', e)
    evens = {x for x in range(20) if x % 2 == 0}
    print(sorted(evens))
    t = set()
    print(len(t), bool(t), bool(s))
    n = len(s)
    popped = s.pop()
    print(len(s) == n - 1, popped not in s)
    words = set('the cat and the hat and the bat'.split())
    print(sorted(words), len(words))
    letters = set('mississippi')
    print(sorted(letters))
    c = s.copy()
    c.add(1000)
    print(len(c) - len(s), 1000 in s)
    s.clear()
    print(len(s))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
