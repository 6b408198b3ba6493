# RPython functions as JS callbacks: timers, sort comparators, calls from
# JS that raise, and values JS hands back.
# targets: wasm,js,torture
from javascript import js, JSError


def on_timer():
    print('timer fired')
    js.setTimeout(later, 5)


def later():
    print('later, counter =', COUNTER[0])


COUNTER = [0]


def add(a, b):
    COUNTER[0] += 1
    return int(a) + int(b)


def compare(a, b):
    return int(a) - int(b)


def fails(x):
    raise ValueError('bad value %d' % int(x))


def describe(x):
    return 'got ' + str(x)


def main(argv):
    js.setTimeout(on_timer, 0)
    print(int(js.Reflect.apply(add, None, [2, 3])))
    arr = js.Array.new()
    for v in [3, 1, 2, 10]:
        arr.push(v)
    arr.sort(compare)
    print(arr)
    print(arr.map(describe).join('; '))
    try:
        js.Reflect.apply(fails, None, [7])
    except JSError as e:
        print('caught:', e.message)
    print('main done')
    return 0


def target(*args):
    return main, None
# stderr-contains: ValueError: bad value 7
