# A JSON-like value model (one class per kind), a parser and a pretty printer.


class JValue(object):
    def dump(self, indent, level):
        raise NotImplementedError


class JNull(JValue):
    def dump(self, indent, level):
        return 'null'


class JBool(JValue):
    def __init__(self, b):
        self.b = b

    def dump(self, indent, level):
        return 'true' if self.b else 'false'


class JNum(JValue):
    def __init__(self, n):
        self.n = n

    def dump(self, indent, level):
        if self.n == int(self.n):
            return str(int(self.n))
        return repr(self.n)


class JStr(JValue):
    def __init__(self, s):
        self.s = s

    def dump(self, indent, level):
        out = '"'
        for c in self.s:
            if c == '"':
                out += '\\"'
            elif c == '\\':
                out += '\\\\'
            elif c == '\n':
                out += '\\n'
            elif ord(c) > 126:
                out += '\\u%04x' % ord(c)
            else:
                out += c
        return out + '"'


class JList(JValue):
    def __init__(self, items):
        self.items = items

    def dump(self, indent, level):
        if not self.items:
            return '[]'
        pad = ' ' * (indent * (level + 1))
        parts = [pad + it.dump(indent, level + 1) for it in self.items]
        return '[\n' + ',\n'.join(parts) + '\n' + ' ' * (indent * level) + ']'


class JObj(JValue):
    def __init__(self):
        self.keys = []
        self.values = {}

    def set(self, k, v):
        if k not in self.values:
            self.keys.append(k)
        self.values[k] = v

    def dump(self, indent, level):
        if not self.keys:
            return '{}'
        pad = ' ' * (indent * (level + 1))
        parts = []
        for k in self.keys:
            parts.append(pad + JStr(k).dump(indent, 0) + ': ' +
                         self.values[k].dump(indent, level + 1))
        return '{\n' + ',\n'.join(parts) + '\n' + ' ' * (indent * level) + '}'


class ParseError(Exception):
    pass


class Parser(object):
    def __init__(self, text):
        self.t = text
        self.i = 0

    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in ' \n\t':
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.t):
            raise ParseError('unexpected end')
        c = self.t[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.lst()
        if c == '"':
            return JStr(self.string())
        if self.t.startswith('true', self.i):
            self.i += 4
            return JBool(True)
        if self.t.startswith('false', self.i):
            self.i += 5
            return JBool(False)
        if self.t.startswith('null', self.i):
            self.i += 4
            return JNull()
        j = self.i
        while j < len(self.t) and self.t[j] in '-+.eE0123456789':
            j += 1
        if j == self.i:
            raise ParseError('bad character %r at %d' % (c, self.i))
        n = float(self.t[self.i:j])
        self.i = j
        return JNum(n)

    def string(self):
        self.i += 1
        out = ''
        while self.t[self.i] != '"':
            if self.t[self.i] == '\\':
                self.i += 1
                out += {'n': '\n', '"': '"', '\\': '\\'}[self.t[self.i]]
            else:
                out += self.t[self.i]
            self.i += 1
        self.i += 1
        return out

    def lst(self):
        self.i += 1
        items = []
        self.ws()
        if self.t[self.i] == ']':
            self.i += 1
            return JList(items)
        while True:
            items.append(self.value())
            self.ws()
            c = self.t[self.i]
            self.i += 1
            if c == ']':
                return JList(items)
            if c != ',':
                raise ParseError('expected , or ] at %d' % (self.i - 1))

    def obj(self):
        self.i += 1
        o = JObj()
        self.ws()
        if self.t[self.i] == '}':
            self.i += 1
            return o
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.t[self.i] != ':':
                raise ParseError('expected : at %d' % self.i)
            self.i += 1
            o.set(k, self.value())
            self.ws()
            c = self.t[self.i]
            self.i += 1
            if c == '}':
                return o
            if c != ',':
                raise ParseError('expected , or } at %d' % (self.i - 1))


def count(v):
    if isinstance(v, JList):
        return 1 + sum([count(x) for x in v.items])
    if isinstance(v, JObj):
        return 1 + sum([count(v.values[k]) for k in v.keys])
    return 1


def main(argv):
    docs = [
        '{"name": "rpyc", "version": 0.1, "targets": ["native", "wasm", "js"],'
        ' "stable": false, "deps": {}, "notes": null}',
        '[1, -2.5, 3e2, [], [[true]], {"k": "caf\u00e9 \\"q\\"\\n"}]',
        '{"a": {"b": {"c": [1, 2, {"d": "deep"}]}}, "a": 7}',
        '{"broken": [1, 2 3]}',
        '[1, 2',
        '{"x": @}',
    ]
    for d in docs:
        try:
            v = Parser(d).value()
            print(v.dump(2, 0))
            print('nodes:', count(v))
        except ParseError as e:
            print('parse error:', e)
        except IndexError:
            print('parse error: truncated input')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
