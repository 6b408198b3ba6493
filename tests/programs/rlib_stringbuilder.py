# rpython.rlib.rstring.StringBuilder: append, append_slice, getlength, build.
from rpython.rlib.rstring import StringBuilder


def escape(s):
    b = StringBuilder(len(s) + 2)
    b.append('"')
    start = 0
    for i in range(len(s)):
        c = s[i]
        if c == '"' or c == '\\':
            b.append_slice(s, start, i)
            b.append('\\' + c)
            start = i + 1
    b.append_slice(s, start, len(s))
    b.append('"')
    return b.build()


def main(argv):
    sb = StringBuilder()
    for i in range(10):
        sb.append(str(i))
        sb.append(',')
    print(sb.getlength(), sb.build())
    sb.append('end')
    print(sb.build(), sb.getlength())
    for s in ['plain', 'say "hi"', 'back\\slash', '', 'é "日本"']:
        print(escape(s))
    big = StringBuilder()
    for i in range(1000):
        big.append_slice('abcdefghij', i % 10, 10)
    r = big.build()
    print(len(r), big.getlength(), r[:25], r.count('j'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
