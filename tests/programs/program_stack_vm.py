# A tiny stack VM interpreter with one class per instruction, an assembler
# with labels, and a few programs (factorial, fib, gcd, countdown).


class VMError(Exception):
    pass


class Instr(object):
    name = '?'

    def execute(self, vm):
        raise NotImplementedError

    def __repr__(self):
        return self.name


class Push(Instr):
    name = 'push'

    def __init__(self, value):
        self.value = value

    def execute(self, vm):
        vm.stack.append(self.value)

    def __repr__(self):
        return 'push %d' % self.value


class BinOp(Instr):
    def execute(self, vm):
        if len(vm.stack) < 2:
            raise VMError('stack underflow in ' + self.name)
        b = vm.stack.pop()
        a = vm.stack.pop()
        vm.stack.append(self.compute(a, b))

    def compute(self, a, b):
        return 0


class Add(BinOp):
    name = 'add'

    def compute(self, a, b):
        return a + b


class Sub(BinOp):
    name = 'sub'

    def compute(self, a, b):
        return a - b


class Mul(BinOp):
    name = 'mul'

    def compute(self, a, b):
        return a * b


class Mod(BinOp):
    name = 'mod'

    def compute(self, a, b):
        if b == 0:
            raise VMError('modulo by zero')
        return a % b


class Lt(BinOp):
    name = 'lt'

    def compute(self, a, b):
        return 1 if a < b else 0


class Dup(Instr):
    name = 'dup'

    def execute(self, vm):
        vm.stack.append(vm.stack[-1])


class Swap(Instr):
    name = 'swap'

    def execute(self, vm):
        vm.stack[-1], vm.stack[-2] = vm.stack[-2], vm.stack[-1]


class Pop(Instr):
    name = 'pop'

    def execute(self, vm):
        vm.stack.pop()


class Load(Instr):
    name = 'load'

    def __init__(self, slot):
        self.slot = slot

    def execute(self, vm):
        vm.stack.append(vm.vars[self.slot])


class Store(Instr):
    name = 'store'

    def __init__(self, slot):
        self.slot = slot

    def execute(self, vm):
        vm.vars[self.slot] = vm.stack.pop()


class Jump(Instr):
    name = 'jmp'

    def __init__(self, target):
        self.target = target

    def execute(self, vm):
        vm.pc = self.target - 1


class JumpIfZero(Instr):
    name = 'jz'

    def __init__(self, target):
        self.target = target

    def execute(self, vm):
        if vm.stack.pop() == 0:
            vm.pc = self.target - 1


class Print(Instr):
    name = 'print'

    def execute(self, vm):
        vm.output.append(str(vm.stack[-1]))


class VM(object):
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.vars = [0] * 8
        self.pc = 0
        self.output = []
        self.steps = 0

    def run(self, limit):
        while self.pc < len(self.code):
            self.code[self.pc].execute(self)
            self.pc += 1
            self.steps += 1
            if self.steps > limit:
                raise VMError('step limit exceeded')
        return self.stack


SIMPLE = {'add': Add, 'sub': Sub, 'mul': Mul, 'mod': Mod, 'lt': Lt, 'dup': Dup,
          'swap': Swap, 'pop': Pop, 'print': Print}


def assemble(src):
    labels = {}
    lines = []
    for raw in src.split(';'):
        line = raw.strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line)
    code = []
    for line in lines:
        parts = line.split()
        op = parts[0]
        if op in SIMPLE:
            code.append(SIMPLE[op]())
        elif op == 'push':
            code.append(Push(int(parts[1])))
        elif op == 'load':
            code.append(Load(int(parts[1])))
        elif op == 'store':
            code.append(Store(int(parts[1])))
        elif op == 'jmp':
            code.append(Jump(labels[parts[1]]))
        elif op == 'jz':
            code.append(JumpIfZero(labels[parts[1]]))
        else:
            raise VMError('unknown op ' + op)
    return code


PROGRAMS = [
    ('fact', 'push 1; store 0; push 10; store 1; loop:; load 1; jz end; load 0; load 1; mul;'
             'store 0; load 1; push 1; sub; store 1; jmp loop; end:; load 0; print'),
    ('fib', 'push 0; store 0; push 1; store 1; push 15; store 2; loop:; load 2; jz end;'
            'load 0; print; load 1; dup; store 0; add; store 1; load 2; push 1; sub; store 2;'
            'jmp loop; end:; load 0'),
    ('gcd', 'push 1071; store 0; push 462; store 1; loop:; load 1; jz end; load 0; load 1;'
            'mod; load 1; store 0; store 1; jmp loop; end:; load 0; print'),
    ('lt', 'push 3; push 5; lt; print; push 5; push 3; lt; print'),
    ('underflow', 'push 1; add'),
    ('modzero', 'push 1; push 0; mod'),
    ('forever', 'top:; jmp top'),
]


def main(argv):
    for name, src in PROGRAMS:
        code = assemble(src)
        vm = VM(code)
        try:
            stack = vm.run(500)
            print(name, 'ok', 'stack', stack, 'steps', vm.steps)
        except VMError as e:
            print(name, 'error:', e, 'at pc', vm.pc)
        print('   out:', ' '.join(vm.output))
    print(assemble('push 2; dup; mul; print'))
    try:
        assemble('push 1; frob')
    except VMError as e:
        print(e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
