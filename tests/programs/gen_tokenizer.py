# A tokenizer written as a generator, consumed by a small recursive-descent
# evaluator through next().


def tokens(text):
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == ' ':
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            yield ('num', text[i:j])
            i = j
        elif c.isalpha():
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_'):
                j += 1
            yield ('name', text[i:j])
            i = j
        else:
            yield ('op', c)
            i += 1
    yield ('end', '')


class Parser(object):
    def __init__(self, text, env):
        self.toks = tokens(text)
        self.cur = next(self.toks)
        self.env = env

    def advance(self):
        self.cur = next(self.toks, ('end', ''))

    def expr(self):
        v = self.term()
        while self.cur[0] == 'op' and self.cur[1] in '+-':
            op = self.cur[1]
            self.advance()
            r = self.term()
            v = v + r if op == '+' else v - r
        return v

    def term(self):
        v = self.atom()
        while self.cur[0] == 'op' and self.cur[1] in '*/':
            op = self.cur[1]
            self.advance()
            r = self.atom()
            v = v * r if op == '*' else v // r
        return v

    def atom(self):
        kind, text = self.cur
        self.advance()
        if kind == 'num':
            return int(text)
        if kind == 'name':
            return self.env[text]
        if text == '(':
            v = self.expr()
            self.advance()
            return v
        raise ValueError('unexpected ' + text)


def main(argv):
    for t in tokens('x1 = (a + 42) * b_2'):
        print(t)
    env = {'a': 3, 'b': 7, 'width': 12}
    for src in ['1 + 2 * 3', '(1 + 2) * 3', 'a * b - 4', 'width // (a + 1)', '10 - 2 - 3']:
        print(src, '=', Parser(src, env).expr())
    kinds = [k for k, _ in tokens('a+1*b')]
    print(kinds, len(list(tokens(''))))
    try:
        Parser('1 + )', env).expr()
    except ValueError as e:
        print('error: bad input')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
