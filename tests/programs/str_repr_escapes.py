# repr() of strings with quotes, backslashes, control and non-ASCII chars.


def main(argv):
    samples = ['plain', "it's", 'say "hi"', 'both \' and "', 'back\\slash',
               'tab\there', 'new\nline', 'cr\r', 'nul\x00', 'bell\x07', 'del\x7f',
               'é日😀', '\x80\x9f', '\u200b', '', ' ']
    for s in samples:
        print(repr(s), len(s))
    print(samples[:3])
    print(str(samples[1]), repr(repr('a')))
    print({'k': 'v\n'}, ('t',))
    print((1.0, 'x', None, True, (2, 'y')))
    print(repr(1.5), repr(10), repr(None), repr(True), repr([]))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
