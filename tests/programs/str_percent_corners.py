# %-formatting corners: mapping keys, `*` widths (negative ones too), %c,
# and the run-time errors of the mapping and %c forms.


def main(argv):
    row = {'name': 'ada', 'lang': 'py'}
    print('%(name)s writes %(lang)r; %(name)-6s|%(name)6s|' % row)
    nums = {'a': 3, 'b': -4}
    print('%(a)d + %(b)d = %(a)05d|%(b)+d|%(a)x' % nums)
    print('%*d|%-*d|%*s|' % (6, 7, 4, 2, -5, 'ab'))
    w = len(argv) + 3
    print('[%*s] [%*.2f]' % (w, 'x', w + 4, 3.14159))
    print('%c%c%c' % (72, 105, 33), '%c' % 'z', '%3c|%-3c|' % ('a', 98), '%c' % 0x1F600)
    print('%s and %%(x)s' % 'lit', '100%%' % (), '%(k)s' % {'k': [1, 2]})
    try:
        print('%(missing)s' % row)
    except KeyError as e:
        print('KeyError', e)
    for v in ['ab', '']:
        try:
            print('%c' % v)
        except TypeError as e:
            print('TypeError', e)
    try:
        print('%c' % 0x110000)
    except OverflowError as e:
        print('OverflowError', e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
