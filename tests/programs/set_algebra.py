# Set operators | & - ^, issubset/issuperset/isdisjoint, in-place forms.


def show(label, s):
    print(label, sorted(s))


def main(argv):
    a = {1, 2, 3, 4, 5}
    b = {4, 5, 6, 7}
    show('a|b', a | b)
    show('a&b', a & b)
    show('a-b', a - b)
    show('b-a', b - a)
    show('a^b', a ^ b)
    show('union', a.union(b, {10}))
    show('intersection', a.intersection(b))
    show('difference', a.difference(b))
    show('symdiff', a.symmetric_difference(b))
    print({1, 2}.issubset(a), {1, 9}.issubset(a), a.issuperset({2, 3}))
    print({1, 2} <= a, {1, 2} < {1, 2}, a >= {5}, a.isdisjoint({8, 9}), a.isdisjoint(b))
    print(a == {5, 4, 3, 2, 1}, a != b)
    c = set(a)
    c |= {100}
    c &= {1, 2, 100, 200}
    show('c', c)
    c -= {1}
    c ^= {2, 3}
    show('c2', c)
    names1 = {'ann', 'bob', 'cy'}
    names2 = {'bob', 'dee'}
    show('names', names1 | names2)
    show('common', names1 & names2)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
