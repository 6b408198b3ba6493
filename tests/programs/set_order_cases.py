# Set iteration order is CPython's, case by case: every size up to 200,
# displays of constants (copied from a frozenset constant) and of
# variables, `for` over a display, set(dict), pops and the pop finger
# across clear(), dummies reused by re-adds, shrinking after
# difference_update, the in-place operators, methods given lists, and
# a.union(a) / a & a / a - a / a ^ a.


def order_sum(s):
    h = 0
    for x in s:
        h = (h * 131 + x % 1000003) % 1000000007
    return h


def sizes():
    s = set()
    sums = []
    for n in range(201):
        sums.append(order_sum(s))
        s.add(n * 37 % 211 - 100)
    print(sums[:20])
    print(sums[20:])
    t = set()
    for n in range(200):
        t.add(n * 64)
    print(order_sum(t), list(t)[:8])
    for n in range(0, 200, 2):
        t.discard(n * 64)
    print(order_sum(t), list(t)[:8])
    for n in range(0, 200, 4):
        t.add(n * 64)
    print(order_sum(t), list(t)[:8])


def displays():
    a = 17
    print({3, 1, 2}, {40, 8, 16, 24, 32, 0}, {40, 8, 16, 24, 32, 0, 48, 56, 64, 72})
    print({a, 8, 16, 24, 32, 0}, {-1, -2, 7}, {1 + 1, 2 * 3, -5, 7 // 2, 2 ** 10})
    print({(1, 2), (3, 4), (5, 6)}, {0.5, 1.5, -0.0, 8.0, 16.0, 24.0})
    for x in {40, 8, 16, 24, 32, 0}:
        print(x, end=" ")
    print()
    print([x for x in {40, 8, 16, 24, 32, 0}], sorted({40, 8, 16, 24, 32, 0}))
    print({x for x in (40, 8, 16, 24, 32, 0)}, set([40, 8, 16, 24, 32, 0]))
    print(set((40, 8, 16, 24, 32, 0)), frozenset({40, 8, 16, 24, 32, 0}))


def from_dicts():
    d = {}
    for k in (40, 8, 16, 24, 32):
        d[k] = str(k)
    print(set(d), frozenset(d), set(d.keys()), set(d.values()) == {"8", "16", "24", "32", "40"})
    e = {}
    for k in range(0, 400, 16):
        e[k] = k
    print(set(e) == set(e.keys()), list(set(e))[:6], list(set(e.keys()))[:6])


def pops():
    s = set(range(0, 80, 8))
    out = []
    while len(s) > 3:
        out.append(s.pop())
    print(out, s)
    s.clear()
    for x in (1, 2, 3, 9, 17):
        s.add(x)
    print(s.pop(), s.pop(), s)  # the finger survives clear()
    t = {5, 6, 7}
    t.discard(6)
    t.add(14)  # takes the dummy 6 left
    print(t, t.pop(), t)
    empty = set()
    try:
        empty.pop()
    except KeyError as e:
        print("KeyError", e)


def algebra():
    a = set(range(0, 60, 3))
    b = set(range(0, 60, 5))
    print(a | b, b | a)
    print(a & b, b & a, a - b, b - a, a ^ b, b ^ a)
    big = set(range(200))
    small = {7, 300, 199, 64}
    print(big & small, small & big, small - big, len(big - small), order_sum(big - small))
    c = set(big)
    c -= small
    print(len(c), order_sum(c))
    c = set(range(100))
    c -= set(range(0, 100, 2))
    print(c)
    d = set(small)
    d &= big
    print(d, d.pop())
    e = set(a)
    e ^= b
    print(e)
    f = set(a)
    f |= b
    print(f)
    print(a.union(a), a & a, a - a, a ^ a)
    g = set(a)
    g &= g
    print(g)
    g ^= g
    print(g)


def methods():
    a = set(range(0, 40, 4))
    print(a.union([100, 3, 100], {7, 8}), a.union(a, [1]))
    print(a.intersection([8, 0, 8, 99, 36]), a.intersection([]), a.intersection())
    print(a.difference([0, 4, 8, 12, 16, 20, 24, 28]), a.difference({0}, [36]))
    print(a.symmetric_difference([1, 2, 4, 1]), a.symmetric_difference({0, 1}))
    b = set(a)
    b.update([99, 98], {97})
    print(b, a.copy(), set(a))
    z = frozenset([40, 8, 16, 24, 32, 0])
    print(z, z.copy(), frozenset(z), z | {1}, z.union([2]), set(z))


def main(argv):
    sizes()
    displays()
    from_dicts()
    pops()
    algebra()
    methods()
    return 0


def target(*args):
    return main, None


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
