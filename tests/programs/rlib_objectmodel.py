# rpython.rlib.objectmodel: we_are_translated and specialize decorators.
from rpython.rlib.objectmodel import we_are_translated, specialize


@specialize.argtype(0)
def describe(x):
    return 'value(%s)' % (x,)


@specialize.memo()
def table_for(n):
    return [i * n for i in range(5)]


@specialize.arg(1)
def scaled(x, factor):
    return x * factor


def mode():
    if we_are_translated():
        return 'translated'
    return 'interpreted'


def main(argv):
    m = mode()
    print(m in ('translated', 'interpreted'))
    print(describe(3), describe('s'), describe(2.5))
    print(table_for(3), table_for(7))
    print(scaled(4, 2), scaled(4, 10), scaled(1.5, 2))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
