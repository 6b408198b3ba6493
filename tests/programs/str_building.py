# Building strings with += in loops and with ''.join; repetition.


def main(argv):
    s = ''
    for i in range(10):
        s += str(i)
    print(s, len(s))
    parts = []
    for i in range(1, 6):
        parts.append('*' * i)
    print('\n'.join(parts))
    acc = ''
    for w in ['alpha', 'beta', 'gamma']:
        if acc:
            acc += ', '
        acc += w.upper()
    print(acc)
    big = ''
    for i in range(2000):
        big += chr(ord('a') + i % 26)
    print(len(big), big[:30], big[-5:], big.count('z'))
    joined = ''.join([str(i * i) for i in range(15)])
    print(joined, len(joined))
    row = '|'
    for c in 'é日x':
        row += c + '|'
    print(row, len(row))
    lines = []
    for n in range(1, 4):
        line = ''
        for m in range(1, 4):
            line += '%3d' % (n * m)
        lines.append(line)
    print('\n'.join(lines))
    print('-' * 0 + '=' * 3, 'ab' * 3, 0 * 'x' == '')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
