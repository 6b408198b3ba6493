# A typical RPython-style module: prebuilt tables, we_are_translated
# branches, intmask hashing and a StringBuilder-based formatter.
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rstring import StringBuilder


class Symbol(object):
    def __init__(self, name):
        self.name = name
        self.hash = 0
        for c in name:
            self.hash = intmask(self.hash * 1000003 ^ ord(c))


class SymbolTable(object):
    def __init__(self):
        self.symbols = {}

    def intern(self, name):
        s = self.symbols.get(name, None)
        if s is None:
            s = Symbol(name)
            self.symbols[name] = s
        return s


TABLE = SymbolTable()


def render(symbols):
    b = StringBuilder()
    b.append('[')
    first = True
    for s in symbols:
        if not first:
            b.append(', ')
        first = False
        b.append(s.name)
        b.append('#')
        b.append(str(s.hash % 997))
    b.append(']')
    return b.build()


def main(argv):
    names = 'let x be x plus let y be y times x'.split()
    syms = [TABLE.intern(n) for n in names]
    print(render(syms))
    print(len(TABLE.symbols), syms[1] is syms[3], syms[0] is syms[5])
    print([s.hash for s in syms[:3]])
    if not we_are_translated():
        print('note: running untranslated')
    else:
        print('note: running untranslated')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
