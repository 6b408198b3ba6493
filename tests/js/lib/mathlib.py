# A library for JS (rpyc --lib --esm): no main, only @export functions.
from javascript import export, js


@export
def add(a: int, b: int):
    return a + b


@export
def greet(name: str):
    return 'hello, ' + name + '!'


@export
def stats(values):
    # `values` is a JS array (no annotation: a JS value).
    n = len(values)
    total = 0.0
    for i in range(n):
        total += float(values[i])
    mean = 0.0
    if n:
        mean = total / n
    return (n, mean)


@export
def double_positive(x: int):
    if x < 0:
        raise ValueError('negative: %d' % x)
    return x * 2


@export
def words(text: str):
    return text.split(' ')


async def _later(x):
    return await js.Promise.resolve(x)


@export
async def halve_later(x: int):
    # An asynchronous export: JS gets a Promise of the result; an exception
    # rejects it.
    v = int(await _later(x))
    if v % 2:
        raise ValueError('odd: %d' % v)
    return v // 2
