# A user exception hierarchy with fields, caught by base and inspected.


class CompileError(Exception):
    def __init__(self, line, msg):
        self.line = line
        self.msg = msg

    def describe(self):
        return 'line %d: %s' % (self.line, self.msg)

    def severity(self):
        return 1


class SyntaxProblem(CompileError):
    def __init__(self, line, msg, col):
        CompileError.__init__(self, line, msg)
        self.col = col

    def describe(self):
        return 'line %d col %d: syntax: %s' % (self.line, self.col, self.msg)

    def severity(self):
        return 3


class TypeProblem(CompileError):
    def severity(self):
        return 2


def check(line_no, text):
    if text.startswith(' '):
        raise SyntaxProblem(line_no, 'unexpected indent', 1)
    if '=' in text and text.split('=')[1].strip() == '':
        raise SyntaxProblem(line_no, 'missing value', text.index('=') + 1)
    if '"' in text and '+' in text:
        raise TypeProblem(line_no, 'cannot add str and int')
    if text == '':
        raise CompileError(line_no, 'empty line')
    return len(text)


def main(argv):
    source = ['x = 1', ' y = 2', 'z =', 'w = "a" + 1', '', 'ok = 3']
    errors = []
    total = 0
    for i in range(len(source)):
        try:
            total += check(i + 1, source[i])
        except CompileError as e:
            errors.append(e)
            print(e.describe())
    print('chars', total, 'errors', len(errors))
    worst = errors[0]
    for e in errors:
        if e.severity() > worst.severity():
            worst = e
    print('worst:', worst.describe(), worst.severity())
    syn = 0
    for e in errors:
        if isinstance(e, SyntaxProblem):
            syn += 1
            print('  col', e.col)
    print('syntax errors', syn)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
