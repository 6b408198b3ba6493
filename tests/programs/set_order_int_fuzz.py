# args: 20240607 160
# Sets of ints iterate in CPython's hash-table order: random operation
# sequences (adds, deletions and re-adds, pops, resizes, every set
# algebra operator and method) print the sets they build. The first
# argument seeds a linear congruential generator, the second is the number
# of rounds; scripts/set_order_fuzz.py runs this program with many seeds.

SEED = [1]


def rand(n):
    # A 31-bit LCG: the same numbers under CPython and translated.
    SEED[0] = (SEED[0] * 1103515245 + 12345) % 2147483648
    return (SEED[0] >> 8) % n


BIG = 4611686018427387904  # 2**62
MOD = 2305843009213693951  # 2**61 - 1, the hash modulus


def value(domain):
    r = rand(100)
    if domain == 0:
        return rand(40)
    if domain == 1:
        return rand(16) * 8 - 64  # collide in small tables
    if r < 40:
        return rand(300) - 150
    if r < 55:
        return rand(32) * 32
    if r < 65:
        return BIG + rand(50) - 25
    if r < 75:
        return -BIG - rand(50)
    if r < 85:
        return MOD * (rand(3) + 1) + rand(9) - 4  # equal hashes, different values
    if r < 92:
        return -1 - rand(3) * MOD  # -1 hashes as -2
    return rand(1000000) * 4096


def rand_list(domain, n):
    out = []
    for i in range(n):
        out.append(value(domain))
    return out


def rand_set(domain, n):
    s = set()
    for x in rand_list(domain, n):
        s.add(x)
    if rand(3) == 0:
        for x in rand_list(domain, rand(n + 1)):
            s.discard(x)
    return s


def size():
    r = rand(10)
    if r < 4:
        return rand(8)
    if r < 8:
        return rand(40)
    return rand(200)


def checksum(s):
    # Order-sensitive, so long sets need not be printed.
    h = 0
    for x in s:
        h = (h * 31 + x % 1000003) % 1000000007
    return h


def show(tag, s):
    if len(s) <= 12:
        print(tag, s)
    else:
        print(tag, len(s), checksum(s))


def step(a, b, domain):
    op = rand(26)
    if op == 0:
        a.add(value(domain))
    elif op == 1:
        for x in rand_list(domain, size()):
            a.add(x)
    elif op == 2:
        for x in rand_list(domain, size()):
            a.discard(x)
    elif op == 3:
        n = rand(len(a) + 1)
        while n > 0 and len(a) > 0:
            a.pop()
            n -= 1
    elif op == 4:
        if len(a) > 0:
            x = a.pop()
            a.add(x + 1)
    elif op == 5:
        a.update(b)
    elif op == 6:
        a.update(rand_list(domain, size()))
    elif op == 7:
        a |= b
    elif op == 8:
        a &= b
    elif op == 9:
        a -= b
    elif op == 10:
        a ^= b
    elif op == 11:
        a = a | b
    elif op == 12:
        a = a & b
    elif op == 13:
        a = a - b
    elif op == 14:
        a = a ^ b
    elif op == 15:
        a = a.union(rand_list(domain, size()), b)
    elif op == 16:
        a = a.intersection(rand_list(domain, size()))
    elif op == 17:
        a = a.difference(rand_list(domain, size()), b)
    elif op == 18:
        a = a.symmetric_difference(rand_list(domain, size()))
    elif op == 19:
        a = a.copy()
    elif op == 20:
        a = set(a)
    elif op == 21:
        a = set(rand_list(domain, size()))
    elif op == 22:
        a = {x // 2 for x in a if x % 3 != 0}
    elif op == 23:
        a.clear()
        a.add(value(domain))
    elif op == 24:
        for x in list(a):
            if rand(2) == 0:
                a.remove(x)
                if rand(2) == 0:
                    a.add(x)
    else:
        b, a = a, b
    return a, b


def main(argv):
    SEED[0] = int(argv[1]) if len(argv) > 1 else 1
    rounds = int(argv[2]) if len(argv) > 2 else 100
    for r in range(rounds):
        domain = rand(3)
        a = rand_set(domain, size())
        b = rand_set(domain, size())
        for i in range(rand(12)):
            a, b = step(a, b, domain)
        show("a", a)
        show("b", b)
        if len(a) > 0:
            print("pop", a.pop(), a.pop() if len(a) > 0 else -999)
        print(min(a) if len(a) > 0 else -999, len(a & b), len(a | b), len(a - b), len(b - a), len(a ^ b))
        show("or", a | b)
        show("and", a & b)
        show("sub", a - b)
        show("xor", b ^ a)
        print(list(a)[:5], [x for x in b][:5])
    print({3, 1, 2}, {40, 8, 16, 24, 32, 0}, {-1, -2, 7, 15, 23})
    s = set()
    for x in (40, 8, 16, 24, 32, 0):
        s.add(x)
    print(s, [x for x in {40, 8, 16, 24, 32, 0}], frozenset([40, 8, 16, 24, 32, 0]))
    k = 40
    print({k, 8, 16, 24, 32, 0}, {k + 0, 8, 16, 24, 32, 0, BIG, MOD, MOD + 1, -1, -2})
    return 0


def target(*args):
    return main, None


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
