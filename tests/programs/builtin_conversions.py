# int/float/str/bool/list/dict/tuple/set conversions and truthiness.


def main(argv):
    print(int(3.9), int(-3.9), int('42'), int(' -7 '), int(True), int('0b101', 0))
    print(float(3), float('2.5'), float(' -1e-3 '), float('inf'), float('-inf'))
    print(str(42), str(-0.5), str(True), str(None), str([1, 2]), str((1,)))
    print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('0'), bool([]),
          bool([0]), bool({}), bool(None), bool(()), bool(set()))
    print(list('abc'), list((1, 2)), list(range(3)), list({'k': 1, 'j': 2}))
    print(tuple([1, 2]), tuple('hi'), tuple(range(0)))
    print(dict([('a', 1), ('b', 2)]), dict(a=1, b=2), dict({'x': 0}))
    print(sorted(set([3, 1, 3, 2])), sorted(set('banana')), len(set()))
    print(float(10 ** 15), int(1e15), int(float('1.5e3')), float(7) / 2)
    print(str(1.0), str(1e22), str(1e-5), str(0.1 + 0.2), str(100.0 / 3))
    x = 0
    if not x:
        print('zero is falsy')
    s = ''
    print('empty' if not s else 'full', 'full' if 'x' else 'empty')
    print(int(float('nan') != float('nan')), float(int('123')))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
