# Awaiting JS promises: in loops, try/except/finally and nested
# expressions; a rejection raises JSError at the await; a rejection nobody
# awaits stops the program (status 1) with the traceback.
# targets: wasm,js,torture
# exit: 1
# stderr-contains: JSError: TypeError: value 2
from javascript import js, Object, JSError


def later(ms, value, fail):
    make = Object('(function (ms, v, f) { return new Promise(function (res, rej) { '
                  'setTimeout(function () { if (f) rej(new TypeError(v)); else res(v); }, ms); }); })')
    return make.call(ms, value, fail)


async def step(i):
    v = await later(1, 'value %d' % i, i % 3 == 2)
    return v.toString() + '!'


async def loop(n):
    got = []
    i = 0
    while i < n:
        try:
            s = await step(i)
            got.append(s)
        except JSError as e:
            got.append('error: ' + e.message)
        finally:
            print('after', i)
        i += 1
    print(got)
    k = len(await step(0)) + len((await step(1)))
    print('nested', k)
    return len(got)


async def count_awaits(n):
    total = 0
    for i in range(n):
        x = await js.Promise.resolve(i)
        total += int(x)
    return total


async def top():
    print('loop', await loop(5))
    print('sum', await count_awaits(1000))
    await step(2)
    print('not reached')


def main(argv):
    top()
    return 0


def target(*args):
    return main, None
