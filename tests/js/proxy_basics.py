# The Pythonic surface: attributes, calls, conversions, JS exceptions.
# targets: wasm,torture
from javascript import js, JSError


def main(argv):
    print('before')
    js.console.log('x', 1, 2.5)
    print(int(js.Math.max(1, 2)), float(js.Math.max(1.5, 0.5)))
    o = js.Object.new()
    o.name = 'rpyc'
    o.count = 3
    o['key with space'] = True
    print(str(o.name), int(o.count), bool(o['key with space']))
    print('%s|%r|%6s' % (o.name, o.count, o.name))  # String(v), also for %r
    arr = js.Array.new()
    arr.push(1)
    arr.push('two')
    arr.push(None)
    print(len(arr), arr)
    print(js.JSON.stringify([1, 2, 3]), js.JSON.stringify([2.5]), js.JSON.stringify(['a', None]),
          js.JSON.stringify([True]))
    print(js.JSON.stringify({'a': 1, 'b': 2}))
    print(js.JSON.stringify((1, ('x', 2.5), [True, False])))
    print(js.JSON.stringify({'n': None, 'é': 'ünïcode ✓'}))
    s = str(js.String('héllo').toUpperCase())
    print(s, len(s))
    items = ['a', 'b']
    print(js.Array['from'](items).join('+'))
    print(bool(js.undefinedThing), bool(js.Math))
    try:
        js.undefinedFunction(1)
    except JSError as e:
        print('JSError:', e.message)
    try:
        js.JSON.parse('{bad json')
    except JSError as e:
        print('parse failed:', e.message[:11])
    n = js.Number(7)
    total = 0
    for i in range(int(n)):
        total += int(js.Math.abs(-i))
    print('total', total)
    return 0


def target(*args):
    return main, None
