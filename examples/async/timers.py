# Two asynchronous loops interleaved by setTimeout promises: prints in a
# deterministic order (the fast loop ticks every 10 ms, the slow one every
# 25 ms). Run: rpyc examples/async/timers.py && node timers.js
# targets: wasm,js,torture
from javascript import js, asynchronous, Object


def sleep(ms):
    make = Object('(function (ms) { return new Promise(function (r) { setTimeout(r, ms); }); })')
    return make.call(ms)


async def ticker(name, delay, count):
    total = 0
    for i in range(count):
        await sleep(delay)
        total += i
        print(name, 'tick', i)
    return total


@asynchronous
def both():
    a = ticker('fast', 10, 4)
    b = ticker('slow', 25, 2)
    x = a.wait()
    y = b.wait()
    print('done', x, y)


def main(argv):
    both()
    print('main returns')
    return 0


def target(*args):
    return main, None
