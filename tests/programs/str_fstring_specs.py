# f-strings and str.format: specs (width, precision, alignment, fill,
# grouping, bases, %), nested specs, !r/!s conversions; hex/oct/bin.


def row(name, qty, price):
    return f'{name:<10}|{qty:>4d}|{price:8.2f}|{qty * price:>10,.2f}'


def main(argv):
    x = 3.14159265
    n = 1234567
    name = 'Ada'
    print(f'{x:.3f} {x:.0f} {x:10.2f}| {x:<10.1f}| {x:e} {x:.2e}')
    print(f'{n:>10}| {n:<10}| {n:^10}| {n:,} {n:_} {n:010d}')
    print(f'{name!r} {name:>6} {name:*^9} {name:.2} {name!s:>5}')
    print(f'{255:x} {255:X} {255:o} {255:b} {5:08b} {255:#x} {-255:x}')
    print(f'{-42:5d} {42:+d} {0.5:%} {0.125:.1%} {1e20:.3g} {1234.5:g}')
    print(f'{x!r} {[1, 2]} {None} {True} {False:>6} {True:d} {x}')
    w = 7
    p = 2
    print(f'{x:{w}.{p}f}|{"s":>{w}}|{n:{w}}|')
    print(row('pen', 3, 1.5))
    print(row('notebook', 12, 12.25))
    print(f'{{literal}} {n // 1000}k {"nested " + name} {len(name)}')
    print(f'', f'plain', f'{""}|{name}{name}')
    print('{} and {}'.format(1, 'two'), '{1}{0}{1}'.format('a', 'b'), '{:>5}'.format('r'))
    print('{name} is {age:d}'.format(name='Bob', age=30), '{0:.2f}'.format(2.0 / 3))
    print('{!r} {!s} {:^7} {{x}}'.format('q', 'q', True), '{}'.format([1.5]))
    fmt = '{:08.3f}'
    print(fmt.format(x), '{0}{0}'.format(name))
    print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
    for i in range(3):
        print(f'item {i}: {i * i:3d} {"even" if i % 2 == 0 else "odd"}')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
