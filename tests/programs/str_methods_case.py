# upper/lower/title/capitalize/swapcase and is* predicates.


def flags(s):
    return '%-8r d=%d a=%d n=%d s=%d u=%d l=%d' % (
        s, s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())


def main(argv):
    for s in ['hello world', 'HELLO', 'hello', 'Hello World', "it's a dog's life",
              'ÉCOLE élève', 'mIxEd 42']:
        print(s.upper(), '|', s.lower(), '|', s.title(), '|', s.capitalize(), '|', s.swapcase())
    for s in ['123', 'abc', 'abc123', '   ', '\t\n', '', 'ABC', 'abc ', 'Ab', '12a', 'é', '٣']:
        print(flags(s))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
