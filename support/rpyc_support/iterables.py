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
    result = set()
    for x in it:
        result.add(x)
    return frozenset(result)


def rpyc_dict(it):
    result = {}
    for k, v in it:
        result[k] = v
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
    i = 0
    while i < stop:
        yield i
        i += 1


def rpyc_range(start, stop, step=1):
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    i = start
    if step > 0:
        while i < stop:
            yield i
            i += step
    else:
        while i > stop:
            yield i
            i += step


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

