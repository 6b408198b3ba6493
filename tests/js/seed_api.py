# The seed's surface: Object, its methods, JSON builders, @function,
# Function, Error.
# targets: wasm,torture
from javascript import Object, JSON, function, Function, Error, JSError


@function
def greet(name):
    return 'hello ' + name.toString()


def main(argv):
    console = Object('console')
    console['log'].call('seed', 42)
    math = Object.get('Math')
    print(math['max'].call(3, 7).toInt())
    o = Object('{}')
    o['k'] = JSON.fromString('v')
    print(o['k'].toString(), o.unsafe_get_item('k').toStr())
    print(Object.fromInt(5).type, Object.fromString('s').type, Object('null').type,
          Object('[1, 2]').type, Object('globalThis.nothing').type)
    f = Function(greet)
    print(f.call('bob').toString())
    lst = Object('[1, 2, 3]').toList()
    print(len(lst), lst[2].toInt())
    d = Object('({a: 1, b: "x"})').toDict()
    print(len(d), d['b'].toString())
    print(Object.fromFloat(2.5).toFloat(), Object.fromBool(True).toBool())
    stringify = Object('JSON')['stringify']
    print(stringify.call(JSON.fromDict({'x': 1, 'y': 2})).toString())
    print(stringify.call(JSON.fromList(['a', 'b'])).toString())
    print(stringify.call(JSON.rawString('{"raw": [1, 2]}')).toString())
    print(Object('Math.max').call_list([4, 9, 2]).toInt())
    date = Object('Date').new(0)
    print(date['getTime'].call().toInt())
    Object.fromString('logged').log()
    console.keep()
    console.release()
    try:
        Error('bad thing')
    except JSError as e:
        print('caught', e.message)
    return 0


def target(*args):
    return main, None
