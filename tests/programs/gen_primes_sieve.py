# Infinite generators: primes, interleaving, windowing with early exit.


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        is_p = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_p = False
                break
        if is_p:
            found.append(n)
            yield n


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield list(buf)


def main(argv):
    ps = []
    for p in primes():
        if p > 100:
            break
        ps.append(p)
    print(ps, len(ps))
    gaps = []
    for w in window(primes(), 2):
        gaps.append(w[1] - w[0])
        if len(gaps) == 20:
            break
    print(gaps, max(gaps))
    for w in window(primes(), 3):
        if w[2] - w[0] == 6:
            print('prime triplet-ish', w)
            break
    g = primes()
    print([next(g) for i in range(10)])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
