# A tokenizer and recursive-descent calculator with variables, functions
# and error reporting.

NUM = 'num'
NAME = 'name'
OP = 'op'
END = 'end'


class Token(object):
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return '%s:%s' % (self.kind, self.text)


class CalcError(Exception):
    def __init__(self, msg, pos):
        Exception.__init__(self, msg)
        self.msg = msg
        self.pos = pos


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            tokens.append(Token(NUM, src[i:j], i))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(Token(NAME, src[i:j], i))
            i = j
        elif c in '+-*/%^(),=':
            tokens.append(Token(OP, c, i))
            i += 1
        else:
            raise CalcError('unexpected character %r' % c, i)
    tokens.append(Token(END, '', len(src)))
    return tokens


class Parser(object):
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise CalcError('expected %r, got %r' % (text, t.text), t.pos)

    def statement(self):
        if (self.peek().kind == NAME and self.tokens[self.i + 1].text == '='):
            name = self.next().text
            self.next()
            v = self.expr()
            self.env[name] = v
            result = v
        else:
            result = self.expr()
        t = self.peek()
        if t.kind != END:
            raise CalcError('trailing input %r' % t.text, t.pos)
        return result

    def expr(self):
        v = self.term()
        while self.peek().text in ('+', '-'):
            op = self.next().text
            r = self.term()
            v = v + r if op == '+' else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek().text in ('*', '/', '%'):
            t = self.next()
            r = self.factor()
            if t.text == '*':
                v = v * r
            else:
                if r == 0.0:
                    raise CalcError('division by zero', t.pos)
                if t.text == '/':
                    v = v / r
                else:
                    v = v % r
        return v

    def factor(self):
        if self.peek().text == '-':
            self.next()
            return -self.factor()
        base = self.power()
        return base

    def power(self):
        v = self.atom()
        if self.peek().text == '^':
            self.next()
            e = self.factor()
            v = v ** e
        return v

    def atom(self):
        t = self.next()
        if t.kind == NUM:
            try:
                return float(t.text)
            except ValueError:
                raise CalcError('bad number %r' % t.text, t.pos)
        if t.kind == NAME:
            if self.peek().text == '(':
                self.next()
                args = [self.expr()]
                while self.peek().text == ',':
                    self.next()
                    args.append(self.expr())
                self.expect(')')
                return call(t, args)
            if t.text not in self.env:
                raise CalcError('unknown variable %r' % t.text, t.pos)
            return self.env[t.text]
        if t.text == '(':
            v = self.expr()
            self.expect(')')
            return v
        raise CalcError('unexpected %r' % (t.text or 'end of input'), t.pos)


def call(t, args):
    name = t.text
    if name == 'max':
        return max(args)
    if name == 'min':
        return min(args)
    if name == 'abs' and len(args) == 1:
        return abs(args[0])
    if name == 'avg':
        return sum(args) / len(args)
    raise CalcError('unknown function %r' % name, t.pos)


def main(argv):
    env = {'pi': 3.141592653589793}
    lines = [
        '1 + 2 * 3',
        '(1 + 2) * 3',
        'x = 2 ^ 10',
        'x / 4 - 6',
        '-x % 7',
        '2 ^ 3 ^ 2',
        'r = 1.5',
        'area = pi * r ^ 2',
        'max(1, x, 3) + min(4, -2)',
        'avg(1, 2, 3, 4) * abs(-2)',
        '10 / (5 - 5)',
        '3 + * 4',
        'y + 1',
        '4 $ 4',
        '1.2.3 + 1',
        'foo(1)',
        '(1 + 2',
        '7 7',
    ]
    for line in lines:
        try:
            tokens = tokenize(line)
            v = Parser(tokens, env).statement()
            print('%-28s = %r' % (line, v))
        except CalcError as e:
            print('%-28s ! %s at %d' % (line, e.msg, e.pos))
            print(' ' * e.pos + '^'.rjust(1))
    print(sorted(env.items()))
    print(tokenize('a1 = (b_2+3.5)'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
