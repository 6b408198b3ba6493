# Ends with an uncaught user-defined exception carrying a message.


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    for i in range(len(text)):
        c = text[i]
        if c == ' ':
            continue
        if c.isdigit() or c in '+-*/':
            tokens.append(c)
        else:
            raise ParseError('bad character %r at %d' % (c, i))
    return tokens


def main(argv):
    print(tokenize('1 + 2'))
    print(tokenize('3*4-5'))
    print(tokenize('6 / x'))
    print('unreachable')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
