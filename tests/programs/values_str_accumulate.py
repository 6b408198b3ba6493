# `s += t` in loops: strings built piece by piece (linear time in rpyc: the
# loop appends to a builder), next to += on ints and lists, which keep
# their meaning; loops with break, else, nested loops, while loops.


def digits(n):
    s = ''
    for i in range(n):
        s += str(i % 10)
    return s


def csv(rows):
    out = ''
    for row in rows:
        line = ''
        for j, cell in enumerate(row):
            if j:
                line += ','
            line += cell
        out += line + '\n'
    return out


def until(words, stop):
    acc = '<'
    total = 0
    parts = []
    for w in words:
        if w == stop:
            break
        acc += w
        total += len(w)
        parts += [w]
    else:
        acc += '!'
    acc += '>'
    return acc, total, parts


def countdown(n):
    s = 'go:'
    while n > 0:
        s += ' %d' % n
        n -= 1
    return s


def main(argv):
    d = digits(100000)
    print(len(d), d[:12], d[-5:])
    print(csv([['a', 'b'], ['c', 'd', 'e'], []]))
    print(until(['x', 'yy', 'zzz'], 'yy'), until(['x', 'yy'], 'q'))
    print(countdown(5), countdown(0))
    t = ''
    for c in 'h\u00e9llo w\u00f6rld':
        if c != ' ':
            t += c.upper()
    print(t, len(t))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
