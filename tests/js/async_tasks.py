# Asynchronous functions awaiting each other, without JS: every task runs
# to completion synchronously, so this also runs natively.
# targets: native,wasm,js,torture


class Counter(object):
    def __init__(self):
        self.n = 0


async def add(a, b):
    return a + b


async def twice(x):
    y = await add(x, x)
    total = 0
    for i in range(3):
        total += await add(y, i)
    if total > 30:
        total = await add(total, -30)
    else:
        total = -total
    return total


async def greet(name, counter):
    counter.n += 1
    print('hello', name, counter.n)


async def failing(n):
    if n > 1:
        raise ValueError('too big: %d' % n)
    return n


async def with_finally(n):
    try:
        v = await failing(n)
        return v * 10
    finally:
        print('finally for', n)


async def names(words):
    out = []
    while len(words) > 0:
        w = words.pop()
        u = await upper(w)
        out.append(u)
    return ', '.join(out)


async def always_fails(msg):
    raise KeyError(msg)


async def upper(w):
    return w.upper()


async def runner():
    r = await twice(5)
    print('twice', r)
    c = Counter()
    await greet('async', c)
    await greet('again', c)
    try:
        v = await failing(3)
        print('no', v)
    except ValueError as e:
        print('caught', e)
    print('ok', await failing(1))
    print('finally result', await with_finally(1))
    try:
        await with_finally(5)
    except ValueError as e:
        print('caught again', e)
    t = add(20, 22)
    print('same task twice', await t, await t)
    print('nested', (await add(1, 2)) * (await add(3, 4)))
    print(await names(['c', 'b', 'a']))
    try:
        await always_fails('nope')
    except KeyError as e:
        print('always fails:', e)
    return r


def main(argv):
    t = runner()
    print('started')
    return 0


def target(*args):
    return main, None
