# split/rsplit/splitlines/join/strip/partition without comprehensions.


def main(argv):
    s = '  alpha, beta ,gamma,,delta  '
    print(s.split(','))
    print(s.split(',', 2), s.split(sep=',', maxsplit=1))
    print(s.rsplit(',', 2), s.rsplit(maxsplit=1))
    stripped = []
    for p in s.split(','):
        stripped.append(p.strip())
    print(stripped)
    print('a b   c\td\n e'.split(), 'a b   c'.split(' '), 'x'.split(','), ''.split(','), ''.split())
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print('xxhixx'.strip('x'), '--a-b--'.lstrip('-'), '..ok...'.rstrip('.'), 'abc'.strip(''))
    print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join([]), '日'.join(['1', '2']))
    nums = []
    for i in range(5):
        nums.append(str(i))
    print(' / '.join(nums))
    text = 'line one\nline two\r\nline three\n\nlast'
    print(text.splitlines(), text.splitlines(True), 'a\n'.splitlines(keepends=True))
    print(text.split('\n'))
    head, sep, tail = 'key=value=more'.partition('=')
    print(head, sep, tail)
    head, sep, tail = 'key=value=more'.rpartition('=')
    print(head, sep, tail)
    r = 'novalue'.partition('=')
    print(r[0], len(r[1]), len(r[2]))
    r = 'novalue'.rpartition('=')
    print(len(r[0]), len(r[1]), r[2])
    path = '/usr/local/lib/python3.11/site.py'
    head, sep, tail = path.rpartition('/')
    print(head, tail, tail.split('.')[0], path.split('/')[1:], path.count('/'))
    print('a,b,c'.rsplit(',', 1), 'a  b'.split(' '), 'aXbXc'.split('X', -1))
    print('Hello'.startswith(('He', 'x')), 'Hello'.endswith(('x', 'y')), 'Hello'.endswith('lo', 0, 5))
    print('abcabc'.index('c'), 'abcabc'.rindex('c'), 'abcabc'.rfind('b', 0, 3), 'abc'.count('', 1))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
