# JS calling asynchronous functions: a callback and a task passed to JS
# become promises; a failing task rejects its promise.
# targets: wasm,js,torture
from javascript import js, Object, JSError


def later(ms, value):
    make = Object('(function (ms, v) { return new Promise(function (res) { '
                  'setTimeout(function () { res(v); }, ms); }); })')
    return make.call(ms, value)


async def double_later(x):
    v = await later(5, x)
    return int(v) * 2


async def fail_later(msg):
    await later(5, 0)
    raise ValueError(msg)


async def on_value(v):
    r = await double_later(v)
    print('callback got', int(v), 'returns', r)
    return r + 1


def main(argv):
    # A task handed to JS is a promise.
    p = js.Promise.resolve(double_later(21))
    p.then(js.console.log)
    # An asynchronous callback: JS receives its promise.
    runner = Object('(function (f) { return f(5).then(function (x) { '
                    'console.log("JS saw", x); }); })')
    runner.call(on_value)
    # A rejected promise: the task's exception as an Error.
    catcher = Object('(function (p) { return p.catch(function (e) { '
                     'console.log("JS caught", e.message); }); })')
    catcher.call(fail_later('bad news'))
    print('main returns')
    return 0


def target(*args):
    return main, None
