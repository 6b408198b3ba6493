# args: 77 50
# Sets of floats, bools, tuples and frozensets iterate in CPython's order:
# their hashes are CPython's (float hash, xxHash tuple hash, frozenset
# hash), and random add/discard/pop/algebra sequences print the sets. The
# first argument seeds the generator, the second is the number of rounds
# (scripts/set_order_fuzz.py runs it with many seeds).

SEED = [1]


def rand(n):
    SEED[0] = (SEED[0] * 1103515245 + 12345) % 2147483648
    return (SEED[0] >> 8) % n


FLOATS = [0.0, -0.0, 1.5, -2.5, 0.1, 1e300, -1e300, 3.0, 1e-300, 2.0 ** 53, 0.5,
          float("inf"), float("-inf"), 123456.789, -7.25, 2.0 ** 61, 2.0 ** 62]


def a_float():
    if rand(3) == 0:
        return FLOATS[rand(len(FLOATS))]
    return (rand(400) - 200) * 0.25


def a_tuple():
    if rand(2) == 0:
        return (rand(6), rand(6) - 3)
    return (rand(100) * 8, -rand(4))


def a_frozenset():
    f = set()
    for i in range(rand(4)):
        f.add(rand(12) - 2)
    return frozenset(f)


def show_f(tag, s):
    if len(s) <= 10:
        print(tag, s)
    else:
        print(tag, len(s), list(s)[:6])


def show_b(tag, s):
    if len(s) <= 10:
        print(tag, s)
    else:
        print(tag, len(s), list(s)[:6])


def show_t(tag, s):
    if len(s) <= 10:
        print(tag, s)
    else:
        print(tag, len(s), list(s)[:6])


def show_z(tag, s):
    if len(s) <= 10:
        print(tag, s)
    else:
        print(tag, len(s), list(s)[:6])


def float_round():
    a = set()
    b = set()
    for i in range(rand(60)):
        a.add(a_float())
        if rand(3) == 0:
            b.add(a_float())
        if rand(5) == 0:
            a.discard(a_float())
    for i in range(rand(3)):
        if len(a) > 0:
            a.pop()
    show_f("f", a)
    show_f("f|", a | b)
    show_f("f&", a & b)
    show_f("f-", a - b)
    show_f("f^", a ^ b)
    a -= b
    b ^= a
    show_f("f-=", a)
    show_f("f^=", b)


def bool_round():
    a = set()
    for i in range(rand(4)):
        a.add(rand(2) == 0)
    b = {rand(3) == 0, True}
    show_b("b", a)
    show_b("b|", a | b)
    show_b("b^", b ^ a)
    c = set()
    c.add(2 > 1)
    c.add(1 > 2)
    print(c, {False, True}, {True, False})


def tuple_round():
    a = set()
    for i in range(rand(50)):
        a.add(a_tuple())
        if rand(4) == 0:
            a.discard(a_tuple())
    b = set()
    for i in range(rand(20)):
        b.add(a_tuple())
    show_t("t", a)
    show_t("t&", a & b)
    show_t("t^", a ^ b)
    a.update(b)
    show_t("t+", a)
    if len(a) > 0:
        print("tpop", a.pop())


def frozen_round():
    a = set()
    for i in range(rand(30)):
        a.add(a_frozenset())
    b = set()
    for i in range(rand(10)):
        b.add(a_frozenset())
    show_z("z", a)
    show_z("z|", a | b)
    show_z("z-", a - b)
    g = set()
    for i in range(rand(30)):
        g.add(rand(40) - 20)
    f = frozenset(g)
    print(f, f | {100, -100}, f.copy(), frozenset(f), frozenset(x for x in g if x > 0))


def main(argv):
    SEED[0] = int(argv[1]) if len(argv) > 1 else 1
    rounds = int(argv[2]) if len(argv) > 2 else 20
    for r in range(rounds):
        kind = rand(4)
        if kind == 0:
            float_round()
        elif kind == 1:
            bool_round()
        elif kind == 2:
            tuple_round()
        else:
            frozen_round()
    print({1.5, -0.0, 0.0, 2.5, 0.1}, {(1, 2), (2, 1), (0, 0)}, {frozenset([1]), frozenset([2, 3])})
    return 0


def target(*args):
    return main, None


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
