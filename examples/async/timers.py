# Two asynchronous loops interleaved by setTimeout promises: prints in a
# deterministic order (the fast loop ticks every 60 ms, the slow one every
# 150 ms: each slow tick falls 30 ms from the nearest fast one, a margin
# that holds on a loaded machine and under GC torture).
# Run: rpyc examples/async/timers.py && node timers.js
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
    a = ticker('fast', 60, 4)
    b = ticker('slow', 150, 2)
    x = a.wait()
    y = b.wait()
    print('done', x, y)


def main(argv):
    both()
    print('main returns')
    return 0


def target(*args):
    return main, None
