# f-strings and format specs: width, precision, alignment, thousands, bases, !r.


def main(argv):
    x = 3.14159265
    n = 1234567
    name = 'Ada'
    print(f'{x:.3f} {x:.0f} {x:10.2f}| {x:<10.1f}| {x:e} {x:.2e}')
    print(f'{n:>10}| {n:<10}| {n:^10}| {n:,} {n:_} {n:010d}')
    print(f'{name!r} {name:>6} {name:*^9} {name:.2}')
    print(f'{255:x} {255:X} {255:o} {255:b} {5:08b} {255:#x} {-255:x}')
    print(f'{-42:5d} {42:+d} {0.5:%} {0.125:.1%} {1e20:.3g} {1234.5:g}')
    print(f'{x!r} {[1, 2]} {(1, "a")} {None} {True}')
    w = 7
    p = 2
    print(f'{x:{w}.{p}f}|{"s":>{w}}|')
    items = [('pen', 1.5), ('notebook', 12.0)]
    for it, pr in items:
        print(f'{it:<10}{pr:>8.2f}')
    total = sum([pr for it, pr in items])
    print(f'total = {total:.2f}, n = {len(items)}, avg = {total / len(items):.3f}')
    print(f'{{literal}} {n // 1000}k {"nested " + name}')
    print('{} and {}'.format(1, 'two'), '{1}{0}'.format('a', 'b'), '{:>5}'.format('r'))
    print('{name} is {age:d}'.format(name='Bob', age=30), '{0:.2f}'.format(2.0 / 3))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
