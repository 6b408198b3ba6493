"""The `javascript` module: RPython programs talking to their JS host.

Under CPython this module imports and the program's module-level code runs,
but nothing can reach a JS engine: every operation on a JS value raises
JSUnavailable (a RuntimeError) with a message saying so. rpyc gives these
names their translated meaning (docs/javascript.md):

- `js`: the JS global object with Python syntax (`js.console.log('x')`,
  `js.document.body.style.color = 'red'`, `js.Math.max(1, 2)`).
- `Object(expr)` and its seed-compatible methods (`call`, `new`, `toInt`,
  ...), `JSON` builders, `function` / `Function` callbacks, `Error`.
- `export`: functions callable from JS (library builds).
- `asynchronous` / `.wait()`: the seed's spelling of `async def` / `await`;
  awaiting a JS value waits for it as a promise (a JsTask, below).

Support objects carry a `_rpyc_js` class attribute naming their rule in
the translator; user functions marked by a decorator carry
`_rpyc_js_callback`, `_rpyc_js_export` or `_rpyc_js_async`.
"""


class JSUnavailable(RuntimeError):
    """Raised under CPython by any operation that needs a JS engine."""


class JSError(Exception):
    """A JS exception seen from RPython, raised by a JS operation that threw
    or by Error(msg). `message` is String(error), e.g. 'TypeError: x is
    not a function'."""

    def __init__(self, message):
        Exception.__init__(self, message)
        self.message = message


def _unavailable(what):
    raise JSUnavailable(
        "%s needs a JS engine: translate the program with rpyc and run it "
        "in node or a browser" % what)


class JsProxy(object):
    """A JS value with Python syntax: attributes are JS properties, calls
    are JS calls. Under CPython every access raises JSUnavailable."""
    _rpyc_js = 'proxy'

    def __init__(self, expr):
        object.__setattr__(self, '_rpyc_js_expr', expr)

    def __getattr__(self, name):
        _unavailable("reading `%s.%s`" % (self._rpyc_js_expr, name))

    def __setattr__(self, name, value):
        _unavailable("setting `%s.%s`" % (self._rpyc_js_expr, name))

    def __call__(self, *args):
        _unavailable("calling `%s`" % self._rpyc_js_expr)

    def __getitem__(self, key):
        _unavailable("reading `%s[...]`" % self._rpyc_js_expr)

    def __setitem__(self, key, value):
        _unavailable("setting `%s[...]`" % self._rpyc_js_expr)

    def __repr__(self):
        return '<JS value %s>' % self._rpyc_js_expr


js = JsProxy('globalThis')


class _Rule(object):
    """A callable support function the translator handles itself."""

    def __init__(self, rule, doc=''):
        self._rpyc_js = rule
        self.__doc__ = doc

    def __call__(self, *args):
        _unavailable("`%s`" % self._rpyc_js)


class Object(object):
    """The seed's JS value handle. `Object(expr)`: the JS value of a global
    expression (`Object('console')`, `Object('{}')`); a dotted name
    resolves on the global object, anything else is evaluated."""
    _rpyc_js = 'Object'

    def __init__(self, expr):
        self._rpyc_js_expr = expr

    def __getattr__(self, name):
        _unavailable("`Object(%r).%s`" % (self._rpyc_js_expr, name))

    def __getitem__(self, key):
        _unavailable("`Object(%r)[...]`" % self._rpyc_js_expr)

    def __setitem__(self, key, value):
        _unavailable("`Object(%r)[...]`" % self._rpyc_js_expr)

    get = _Rule('Object.get')
    fromString = fromStr = _Rule('Object.fromString')
    fromInteger = fromInt = _Rule('Object.fromInt')
    fromFloat = _Rule('Object.fromFloat')
    fromBoolean = fromBool = _Rule('Object.fromBool')
    fromList = _Rule('Object.fromList')
    fromDict = _Rule('Object.fromDict')
    fromFunction = _Rule('Object.fromFunction')


class JSON(object):
    """Builders of JS values for JSON-like arguments."""
    fromString = _Rule('JSON.fromString')
    fromInt = _Rule('JSON.fromInt')
    fromFloat = _Rule('JSON.fromFloat')
    fromBool = _Rule('JSON.fromBool')
    fromDict = _Rule('JSON.fromDict')
    fromList = _Rule('JSON.fromList')
    fromTuple = _Rule('JSON.fromTuple')
    rawString = _Rule('JSON.rawString')


Function = _Rule('Function', "Function(f): the RPython function f as a JS function")
typeof = _Rule('typeof', "typeof(v): JS `typeof v` ('null' for null)")
live_handles = _Rule('live_handles', "live_handles(): collects garbage, then counts the "
                     "JS values the program still holds (for tests of lifetimes)")


def function(func):
    """Decorator: `func` is called from JS with the JS arguments (as
    Objects). It stays an ordinary function under CPython."""
    func._rpyc_js_callback = True
    return func


_exports = []


def export(func):
    """Decorator: `func` is callable from JS (a property of the module's
    exports); arguments and results are converted by their types."""
    func._rpyc_js_export = True
    _exports.append(func)
    return func


def asynchronous(func):
    """Decorator: `func` becomes asynchronous, like `async def`: calling it
    starts a task, and inside it `x.wait()` means `await x`. Under CPython
    the function stays an ordinary one."""
    func._rpyc_js_async = True
    return func


try:
    from rpyc_support.tasks import Task as _Task, settle as _settle
except ImportError:  # CPython without rpyc's support directory on the path
    _Task = object
    _settle = None


class _PromiseTask(_Task):
    """A task settled by a JS promise: `await p` (or `p.wait()`) on a JS
    value p waits for one (rpyc_support/tasks.py). Its result is the
    promise's value; a rejection becomes JSError(String(reason))."""

    def _rpyc_fulfil(self, value):
        pass


class JsTask(_PromiseTask):
    """Awaiting a `js` value: the result is a `js` value too."""

    def _rpyc_fulfil(self, value):
        self._rpyc_result = value


class ObjectTask(_PromiseTask):
    """Awaiting a seed `Object`: the result is an `Object` too."""

    def _rpyc_fulfil(self, value):
        self._rpyc_result = Object(value)


_await_promise = _Rule('await_promise', "await_promise(p, task): settle task when p settles")


def _js_task(p):
    """The task `await p` waits for, p a `js` value (the translator calls
    this for awaits of JS values)."""
    t = JsTask()
    t._rpyc_result = p  # the field's type until the promise settles
    _await_promise(p, t)
    return t


def _object_task(p):
    """The same for a seed `Object`."""
    t = ObjectTask()
    t._rpyc_result = p
    _await_promise(p, t)
    return t


async def _settle_promise(task, d):
    """Settles the JS promise d.promise with the outcome of `task`: a task
    handed to JS (an asynchronous function's result returned to a JS caller
    or passed as an argument) is that promise; the runtime makes d
    (rtlib rpy_js_deferred: {promise, resolve, reject}). The
    translator uses one copy of this function per task class."""
    try:
        r = await task
    except JSError as e:
        d.reject(js.Error.new(e.message))
        return
    except Exception as e:
        d.reject(js.Error.new(str(e)))
        return
    d.resolve(r)


def _js_settled(t, value, failed, message):
    """Called by the runtime when the promise of task t settled."""
    if failed:
        t._rpyc_error = JSError(message)
    else:
        t._rpyc_fulfil(value)
    _settle(t)


def Error(msg):
    """Throws a JS Error with message `msg` (raises JSError in RPython; a
    JSError escaping to JS becomes `new Error(msg)`)."""
    raise JSError(msg)


def _raise_js_error(msg):
    """Called by the runtime when a JS operation threw."""
    raise JSError(msg)


def _export_signature(func):
    """The declared types of an exported function's parameters, as names
    ('int', 'float', 'str', 'bool', or '' for a JS value)."""
    import inspect
    names = []
    for p in inspect.signature(func).parameters.values():
        t = p.annotation
        names.append(t.__name__ if t in (int, float, str, bool) else '')
    return tuple(names)
