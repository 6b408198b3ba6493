# Built-in exceptions raised by operations, with their exact messages.
# Every probe returns an int so the probes have one type.

LST = [1, 2, 3]
D = {'a': 1, 'b': 2}
S = 'hello'


def show(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except IndexError as e:
        print(label, 'IndexError', e)
    except KeyError as e:
        print(label, 'KeyError', e)
    except ZeroDivisionError as e:
        print(label, 'ZeroDivisionError', e)
    except ValueError as e:
        print(label, 'ValueError', e)


def remove_nine():
    LST.remove(9)
    return 0


def pop_empty():
    xs = [0]
    xs.pop()
    return xs.pop()


def popitem_empty():
    d = {'x': 1}
    del d['x']
    return d.popitem()[1]


def main(argv):
    show('list index', lambda: LST[3])
    show('list neg index', lambda: LST[-4])
    show('list ok', lambda: LST[-3])
    show('str index', lambda: ord(S[10]))
    show('dict key', lambda: D['zz'])
    show('dict int key', lambda: {1: 2}[7])
    show('int div', lambda: 7 // 0)
    show('int mod', lambda: 7 % 0)
    show('float div', lambda: int(7.0 / 0.0))
    show('float mod', lambda: int(7.0 % 0.0))
    show('true div', lambda: int(1 / 0))
    show('int parse', lambda: int('12a'))
    show('int parse empty', lambda: int(''))
    show('int parse ok', lambda: int('  -17 '))
    show('float parse', lambda: int(float('x1.5')))
    show('list.index', lambda: LST.index(9))
    show('list.remove', remove_nine)
    show('pop empty', pop_empty)
    show('pop index', lambda: [1].pop(5))
    show('str.index', lambda: S.index('z'))
    show('dict.pop', lambda: D.pop('q'))
    show('popitem', popitem_empty)
    show('chr', lambda: ord(chr(-1)))
    show('ok', lambda: int('9' * 3) // len(LST))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
