"""rpyc's versions of collections.deque, defaultdict and Counter.

Each is a class written in the translatable subset. A container's item
types are those of its class's fields, and the annotator gives a field one
type; so that a program may hold a deque of ints and a deque of tuples,
the flow builder makes a fresh class for every place a program creates
one (translator/flow/build_stdlib.cpp calls the `_make_*` factories below at
translation time). Each class is then typed for the items its own
creation site puts in it, as a list display gets its own ListDef. When
the values of two sites meet (one variable holds either), the annotator
asks for them to share one class and the driver builds and annotates
again (flow::SiteClasses).

The builder passes only values that have a type: `deque(it, maxlen=n)`
becomes `_fill(cls(n), it)` (`cls(-1)` without maxlen), `Counter(it)`
becomes `_count(cls(), it)`, and a defaultdict's factory known at
translation time is a constant of its class (a closure cell here).
`_fill` and `_count` are functions, which the annotator specializes per
argument type, so `deque('abc')` may later be extended with a list;
methods are not specialized: each method's parameters keep one type.
Under CPython these classes are never used by rpyc programs.
"""


def _make_deque():
    class deque(object):
        """A ring buffer: the items are _buf[_head], _buf[_head + 1], ...
        (modulo len(_buf)), _len of them; appending to a full buffer
        doubles it, so every operation at either end is O(1) amortised."""

        def __init__(self, maxlen):
            self._buf = []
            self._head = 0
            self._len = 0
            self._maxlen = maxlen

        def _grow(self, x):
            cap = len(self._buf)
            if cap == 0:
                self._buf = [x]
                return
            items = self._buf[self._head:] + self._buf[:self._head]
            # The second half is filler until items are appended there.
            self._buf = items + items
            self._head = 0

        def append(self, x):
            if self._maxlen == 0:
                return
            if self._len == self._maxlen:
                self.popleft()
            if self._len == len(self._buf):
                self._grow(x)
            self._buf[(self._head + self._len) % len(self._buf)] = x
            self._len += 1

        def appendleft(self, x):
            if self._maxlen == 0:
                return
            if self._len == self._maxlen:
                self.pop()
            if self._len == len(self._buf):
                self._grow(x)
            self._head = (self._head - 1) % len(self._buf)
            self._buf[self._head] = x
            self._len += 1

        def pop(self):
            if self._len == 0:
                raise IndexError('pop from an empty deque')
            self._len -= 1
            return self._buf[(self._head + self._len) % len(self._buf)]

        def popleft(self):
            if self._len == 0:
                raise IndexError('pop from an empty deque')
            x = self._buf[self._head]
            self._head = (self._head + 1) % len(self._buf)
            self._len -= 1
            return x

        def extend(self, iterable):
            for x in iterable:
                self.append(x)

        def extendleft(self, iterable):
            for x in iterable:
                self.appendleft(x)

        def rotate(self, n=1):
            if self._len <= 1:
                return
            n = n % self._len
            if self._len == len(self._buf):
                # Full buffer: moving the head is the rotation.
                self._head = (self._head - n) % self._len
                return
            for i in range(n):
                self.appendleft(self.pop())

        def clear(self):
            self._buf = self._buf[:0]
            self._head = 0
            self._len = 0

        def count(self, x):
            n = 0
            for i in range(self._len):
                if self._buf[(self._head + i) % len(self._buf)] == x:
                    n += 1
            return n

        def _index(self, i):
            if i < 0:
                i += self._len
            if i < 0 or i >= self._len:
                raise IndexError('deque index out of range')
            return (self._head + i) % len(self._buf)

        def __getitem__(self, i):
            return self._buf[self._index(i)]

        def __setitem__(self, i, x):
            self._buf[self._index(i)] = x

        def __len__(self):
            return self._len

        def __bool__(self):
            return self._len > 0

        def __contains__(self, x):
            for i in range(self._len):
                if self._buf[(self._head + i) % len(self._buf)] == x:
                    return True
            return False

        def __iter__(self):
            for i in range(self._len):
                yield self._buf[(self._head + i) % len(self._buf)]

        def __repr__(self):
            items = []
            for i in range(self._len):
                items.append(self._buf[(self._head + i) % len(self._buf)])
            if self._maxlen < 0:
                return 'deque(' + repr(items) + ')'
            return 'deque(' + repr(items) + ', maxlen=' + str(self._maxlen) + ')'

    return deque


def _make_mapping(name, factory, factory_repr):
    """The class of a defaultdict (`name` 'defaultdict': missing keys get
    `factory()`, shown as `factory_repr`, '' when CPython's form would
    show an address) or of a Counter (`name` 'Counter': missing keys count
    0 and are not inserted). `name` is a constant of the class's methods,
    so the tests on it are decided at translation time."""

    class mapping(object):
        def __init__(self):
            self._d = {}

        def __getitem__(self, key):
            if key in self._d:
                return self._d[key]
            if name == 'Counter':
                return 0
            value = factory()
            self._d[key] = value
            return value

        def __setitem__(self, key, value):
            self._d[key] = value

        def __delitem__(self, key):
            if name == 'defaultdict' or key in self._d:
                del self._d[key]

        def __contains__(self, key):
            return key in self._d

        def __len__(self):
            return len(self._d)

        def __iter__(self):
            for key in self._d:
                yield key

        def keys(self):
            return self._d.keys()

        def values(self):
            return self._d.values()

        def items(self):
            return self._d.items()

        def get(self, key, default=None):
            return self._d.get(key, default)

        def pop(self, key):
            return self._d.pop(key)

        def setdefault(self, key, default):
            return self._d.setdefault(key, default)

        def clear(self):
            self._d.clear()

        # Counter only (deleted from defaultdict classes below).

        def update(self, iterable):
            for key in iterable:
                self._d[key] = self._d.get(key, 0) + 1

        def subtract(self, iterable):
            for key in iterable:
                self._d[key] = self._d.get(key, 0) - 1

        def total(self):
            n = 0
            for key in self._d:
                n += self._d[key]
            return n

        def most_common(self, n=-1):
            # By decreasing count, ties in insertion order (as CPython's
            # stable sort and nlargest): (-count, position) orders them
            # without comparing the keys (which need not be ordered). No
            # key function: a lambda here would be one function shared by
            # every site's class.
            order = []
            keys = []
            for key in self._d:
                order.append((-self._d[key], len(keys)))
                keys.append(key)
            order.sort()
            if n >= 0:
                order = order[:n]
            pairs = []
            for count, i in order:
                pairs.append((keys[i], -count))
            return pairs

        def elements(self):
            for key in self._d:
                for i in range(self._d[key]):
                    yield key

        def __repr__(self):
            if name == 'defaultdict':
                return 'defaultdict(' + factory_repr + ', ' + repr(self._d) + ')'
            if not self._d:
                return 'Counter()'
            parts = []
            for key, count in self.most_common():
                parts.append(repr(key) + ': ' + repr(count))
            return 'Counter({' + ', '.join(parts) + '})'

    mapping.__name__ = name
    if name == 'defaultdict':
        for method in ['update', 'subtract', 'total', 'most_common', 'elements']:
            delattr(mapping, method)
        if not factory_repr:
            del mapping.__repr__
    return mapping


def _make_defaultdict(factory, factory_repr):
    return _make_mapping('defaultdict', factory, factory_repr)


def _make_counter():
    return _make_mapping('Counter', int, '')


def _fill(d, iterable):
    for x in iterable:
        d.append(x)
    return d


def _count(c, iterable):
    c.update(iterable)
    return c
