"""Built-ins over iterable instances (generators, user iterators), written
in the Python subset rpyc translates.

When a translated program calls, say, ``sum(gen)`` with ``gen`` a
generator or an instance with ``__iter__``, the annotator calls
``rpyc_sum_int`` (or ``rpyc_sum_float``) instead, with a copy of the
function per argument type (annotator/annotate_iter.cpp). Each helper
must behave exactly as the built-in does for those arguments, messages
included. Under CPython these functions are never used by rpyc programs.
"""


def rpyc_list(it):
    result = []
    for x in it:
        result.append(x)
    return result


def rpyc_sorted(it, reverse=False):
    result = []
    for x in it:
        result.append(x)
    result.sort(reverse=reverse)
    return result


def rpyc_set(it):
    result = set()
    for x in it:
        result.add(x)
    return result


def rpyc_frozenset(it):
    # Through a list, not a set: frozenset(a_set) would copy the set into
    # a table of another size, while CPython adds the items one by one
    # (which decides the frozenset's iteration order).
    items = []
    for x in it:
        items.append(x)
    return frozenset(items)


def rpyc_dict(it):
    result = {}
    for k, v in it:
        result[k] = v
    return result


def rpyc_dict_mapping(m):
    result = {}
    for k in m.keys():
        result[k] = m[k]
    return result


def rpyc_sum_int(it, start=0):
    total = start
    for x in it:
        total = total + x
    return total


def rpyc_sum_float(it, start=0.0):
    total = float(start)
    for x in it:
        total = total + x
    return total


def rpyc_first_item(it):
    for x in it:
        return x
    raise StopIteration


def rpyc_any(it):
    for x in it:
        if x:
            return True
    return False


def rpyc_all(it):
    for x in it:
        if not x:
            return False
    return True


def rpyc_min(it):
    first = True
    for x in it:
        if first:
            best = x
            first = False
        elif x < best:
            best = x
    if first:
        raise ValueError("min() arg is an empty sequence")
    return best


def rpyc_max(it):
    first = True
    for x in it:
        if first:
            best = x
            first = False
        elif x > best:
            best = x
    if first:
        raise ValueError("max() arg is an empty sequence")
    return best


def rpyc_enumerate(it, start=0):
    i = start
    for x in it:
        yield (i, x)
        i += 1


def rpyc_next_default(it, default):
    try:
        return next(it)
    except StopIteration:
        return default


def rpyc_range1(stop):
    return rpyc_range_object(0, stop, 1)


def rpyc_range(start, stop, step=1):
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    return rpyc_range_object(start, stop, step)


class rpyc_range_object(object):
    """range(...) used as a value: len, indexing, `in`, iteration,
    reversed, ==, hash and repr as CPython's range object."""

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step

    def __len__(self):
        if self.step > 0:
            if self.stop <= self.start:
                return 0
            return (self.stop - self.start - 1) // self.step + 1
        if self.start <= self.stop:
            return 0
        return (self.start - self.stop - 1) // (-self.step) + 1

    def __getitem__(self, i):
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("range object index out of range")
        return self.start + i * self.step

    def __contains__(self, x):
        if self.step > 0:
            if x < self.start or x >= self.stop:
                return False
        elif x > self.start or x <= self.stop:
            return False
        return (x - self.start) % self.step == 0

    def __iter__(self):
        i = self.start
        if self.step > 0:
            while i < self.stop:
                yield i
                i += self.step
        else:
            while i > self.stop:
                yield i
                i += self.step

    def __reversed__(self):
        i = len(self) - 1
        while i >= 0:
            yield self.start + i * self.step
            i -= 1

    def __eq__(self, other):
        n = len(self)
        if n != len(other):
            return False
        if n == 0:
            return True
        if self.start != other.start:
            return False
        return n == 1 or self.step == other.step

    def __hash__(self):
        return hash((len(self), self.start, self.step))

    def __repr__(self):
        if self.step == 1:
            return "range(%d, %d)" % (self.start, self.stop)
        return "range(%d, %d, %d)" % (self.start, self.stop, self.step)


def rpyc_zip1(a):
    for x in a:
        yield (x,)


def rpyc_zip2(a, b):
    ia = iter(a)
    ib = iter(b)
    while True:
        try:
            x = next(ia)
            y = next(ib)
        except StopIteration:
            return
        yield (x, y)


def rpyc_zip3(a, b, c):
    ia = iter(a)
    ib = iter(b)
    ic = iter(c)
    while True:
        try:
            x = next(ia)
            y = next(ib)
            z = next(ic)
        except StopIteration:
            return
        yield (x, y, z)


def rpyc_join(sep, it):
    parts = []
    for x in it:
        parts.append(x)
    return sep.join(parts)


def rpyc_list_index(lst, x, start=0, stop=9223372036854775807):
    n = len(lst)
    if start < 0:
        start = max(start + n, 0)
    if stop < 0:
        stop = max(stop + n, 0)
    i = start
    while i < stop and i < len(lst):
        if lst[i] == x:
            return i
        i += 1
    raise ValueError(repr(x) + " is not in list")

