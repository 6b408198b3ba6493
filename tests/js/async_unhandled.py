# An exception escaping a task nobody awaits stops the program like an
# uncaught exception (status 1) once main returned (as Node does with an
# unhandled rejection).
# targets: native,wasm,torture
# exit: 1
# stderr-contains: ValueError: too big: 7
async def failing(n):
    if n > 1:
        raise ValueError('too big: %d' % n)
    return n


async def inner(k):
    x = await failing(k)
    return x * 2


def main(argv):
    t = inner(1)
    print('one ok')
    t2 = inner(7)
    print('main goes on')
    return 0


def target(*args):
    return main, None
