# Building strings with `+` and str() of every value type.

GREETING = 'hello'
SEPARATOR = ', '


def join3(a, b, c):
    return a + SEPARATOR + b + SEPARATOR + c


def repeat(s, n):
    out = ''
    for i in range(n):
        out = out + s
    return out


def main(argv):
    print(GREETING + ' ' + 'world')
    print(join3('a', 'b', 'c'))
    print('[' + repeat('ab', 4) + ']')
    print('[' + repeat('x', 0) + ']')
    line = ''
    for i in range(5):
        line = line + str(i * i) + ';'
    print(line)
    print('int ' + str(-42) + ', float ' + str(0.5) + ', bool ' + str(False)
          + ', none ' + str(None) + ', str ' + str('s'))
    print('unicode: ' + 'caf\u00e9 \u00fc\u00df \u4e2d\u6587 \u00bd')
    print('tab\there', 'quote"s', "apostrophe's", 'back\\slash')
    s = 'a'
    for i in range(10):
        s = s + s
    print(s == repeat('a', 1024), s != 'a')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
