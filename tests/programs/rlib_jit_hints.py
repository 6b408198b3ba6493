# rpython.rlib.jit: a JitDriver-annotated bytecode interpreter loop with
# promote/elidable/dont_look_inside/unroll_safe hints (no-ops when run).
from rpython.rlib.jit import JitDriver, promote, elidable, dont_look_inside, unroll_safe

driver = JitDriver(greens=['pc', 'code'], reds=['acc', 'steps'])


@elidable
def opcode_cost(op):
    if op == 'M':
        return 3
    return 1


@dont_look_inside
def trace(msg):
    print('trace:', msg)


@unroll_safe
def checksum(s):
    h = 0
    for c in s:
        h = (h * 7 + ord(c)) % 1009
    return h


def interpret(code, start):
    pc = 0
    acc = start
    steps = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, steps=steps)
        op = code[pc]
        op = promote(op)
        steps += opcode_cost(op)
        if op == '+':
            acc += 1
        elif op == '-':
            acc -= 1
        elif op == 'M':
            acc *= 2
        elif op == 'J':
            if acc < 100:
                pc = 0
                driver.can_enter_jit(pc=pc, code=code, acc=acc, steps=steps)
                continue
        elif op == 'P':
            trace('acc=%d' % acc)
        pc += 1
    return acc, steps


def main(argv):
    for code, start in [('++M', 1), ('+MJ', 1), ('M-PJ', 3), ('', 5)]:
        acc, steps = interpret(code, start)
        print(repr(code), start, '->', acc, 'in', steps, 'steps', checksum(code))
    print(driver.greens, driver.reds)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
