# find/rfind/index/count/replace/startswith/endswith on ASCII and unicode.


def main(argv):
    s = 'the rain in spain stays mainly in the plain'
    print(s.find('ain'), s.rfind('ain'), s.find('xyz'), s.find('ain', 10), s.find('ain', 10, 20))
    print(s.index('in'), s.rindex('in'), s.count('ain'), s.count('in'), s.count(''))
    print(s.replace('ain', 'AIN'), s.replace('ain', '', 2))
    print(s.replace(' ', ''), s.replace('the', 'a', 1))
    print(s.startswith('the'), s.startswith('rain', 4), s.endswith('plain'), s.endswith('x'))
    print(s.startswith(('a', 'the')), s.endswith(('n', 'z')))
    u = 'ÀÉÎ ÀÉÎ àéî'
    print(u.find('É'), u.rfind('É'), u.count('À'), u.replace('É', 'e'))
    print('aaaa'.count('aa'), 'aaaa'.replace('aa', 'b'), 'abc'.replace('', '-'))
    pos = []
    i = s.find('in')
    while i >= 0:
        pos.append(i)
        i = s.find('in', i + 1)
    print(pos)
    print('' in s, 'stays' in s, 'Stay' in s)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
