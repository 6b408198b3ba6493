# split/rsplit/join/strip/lstrip/rstrip/splitlines/partition/rpartition.


def main(argv):
    s = '  alpha, beta ,gamma,,delta  '
    print(s.split(','))
    print(s.split(',', 2))
    print(s.rsplit(',', 2))
    print([p.strip() for p in s.split(',')])
    print('a b   c\td\n e'.split())
    print('a b   c'.split(' '))
    print('x'.split(','), ''.split(','), ''.split())
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print('xxhixx'.strip('x'), '--a-b--'.lstrip('-'), '..ok...'.rstrip('.'))
    print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join([]))
    print(' / '.join([str(i) for i in range(5)]))
    text = 'line one\nline two\r\nline three\n\nlast'
    print(text.splitlines())
    print(text.split('\n'))
    print('key=value=more'.partition('='))
    print('key=value=more'.rpartition('='))
    print('novalue'.partition('='), 'novalue'.rpartition('='))
    print('a,b,c'.rsplit(',', 1), 'a  b'.split(' '))
    path = '/usr/local/lib/python3.11/site.py'
    head, sep, tail = path.rpartition('/')
    print(head, tail, tail.split('.')[0])
    print(path.split('/')[1:], path.count('/'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
