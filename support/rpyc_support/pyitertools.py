"""rpyc's versions of the itertools functions, as generator functions
(which the annotator specializes per argument types).

A tuple's length is part of its type, so the functions making tuples come
in one version per length: translator/flow/build_rlib.cpp picks
`product<n>`, `permutations<r>` or `combinations<r>` from the number of
iterables and a `repeat=` or `r` known at translation time (or the length
of a display), and refuses the call otherwise. The index generators
follow the itertools documentation's Python equivalents, so the order is
CPython's. The versions for lengths 1 to 6 differ only in their length.
"""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def chain2(a, b):
    for x in a:
        yield x
    for x in b:
        yield x


def chain3(a, b, c):
    for x in a:
        yield x
    for x in b:
        yield x
    for x in c:
        yield x


def islice(iterable, start, stop, step):
    """islice(it, start, stop, step) with stop -1 for None."""
    if start < 0 or stop < -1 or step <= 0:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    # Like CPython's, takes no item past the last one it yields.
    if stop != -1 and start >= stop:
        return
    i = 0
    nxt = start
    for x in iterable:
        if i == nxt:
            yield x
            nxt += step
            if stop != -1 and nxt >= stop:
                return
        i += 1


_FOREVER = -9223372036854775807 - 1


def repeat(x, times=_FOREVER):
    i = 0
    while times == _FOREVER or i < times:
        yield x
        i += 1


def _permutation_indices(n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield indices[:r]
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield indices[:r]
                break
            i -= 1
        if i < 0:
            return


def _combination_indices(n, r):
    if r > n:
        return
    indices = list(range(r))
    yield indices[:]
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield indices[:]


def permutations1(iterable):
    pool = list(iterable)
    for i in _permutation_indices(len(pool), 1):
        yield (pool[i[0]],)


def combinations1(iterable):
    pool = list(iterable)
    for i in _combination_indices(len(pool), 1):
        yield (pool[i[0]],)


def permutations2(iterable):
    pool = list(iterable)
    for i in _permutation_indices(len(pool), 2):
        yield (pool[i[0]], pool[i[1]])


def combinations2(iterable):
    pool = list(iterable)
    for i in _combination_indices(len(pool), 2):
        yield (pool[i[0]], pool[i[1]])


def permutations3(iterable):
    pool = list(iterable)
    for i in _permutation_indices(len(pool), 3):
        yield (pool[i[0]], pool[i[1]], pool[i[2]])


def combinations3(iterable):
    pool = list(iterable)
    for i in _combination_indices(len(pool), 3):
        yield (pool[i[0]], pool[i[1]], pool[i[2]])


def permutations4(iterable):
    pool = list(iterable)
    for i in _permutation_indices(len(pool), 4):
        yield (pool[i[0]], pool[i[1]], pool[i[2]], pool[i[3]])


def combinations4(iterable):
    pool = list(iterable)
    for i in _combination_indices(len(pool), 4):
        yield (pool[i[0]], pool[i[1]], pool[i[2]], pool[i[3]])


def permutations5(iterable):
    pool = list(iterable)
    for i in _permutation_indices(len(pool), 5):
        yield (pool[i[0]], pool[i[1]], pool[i[2]], pool[i[3]], pool[i[4]])


def combinations5(iterable):
    pool = list(iterable)
    for i in _combination_indices(len(pool), 5):
        yield (pool[i[0]], pool[i[1]], pool[i[2]], pool[i[3]], pool[i[4]])


def permutations6(iterable):
    pool = list(iterable)
    for i in _permutation_indices(len(pool), 6):
        yield (pool[i[0]], pool[i[1]], pool[i[2]], pool[i[3]], pool[i[4]], pool[i[5]])


def combinations6(iterable):
    pool = list(iterable)
    for i in _combination_indices(len(pool), 6):
        yield (pool[i[0]], pool[i[1]], pool[i[2]], pool[i[3]], pool[i[4]], pool[i[5]])


def product1(a0):
    p0 = list(a0)
    for x0 in p0:
        yield (x0,)


def product2(a0, a1):
    p0 = list(a0)
    p1 = list(a1)
    for x0 in p0:
        for x1 in p1:
            yield (x0, x1)


def product3(a0, a1, a2):
    p0 = list(a0)
    p1 = list(a1)
    p2 = list(a2)
    for x0 in p0:
        for x1 in p1:
            for x2 in p2:
                yield (x0, x1, x2)


def product4(a0, a1, a2, a3):
    p0 = list(a0)
    p1 = list(a1)
    p2 = list(a2)
    p3 = list(a3)
    for x0 in p0:
        for x1 in p1:
            for x2 in p2:
                for x3 in p3:
                    yield (x0, x1, x2, x3)


def product5(a0, a1, a2, a3, a4):
    p0 = list(a0)
    p1 = list(a1)
    p2 = list(a2)
    p3 = list(a3)
    p4 = list(a4)
    for x0 in p0:
        for x1 in p1:
            for x2 in p2:
                for x3 in p3:
                    for x4 in p4:
                        yield (x0, x1, x2, x3, x4)


def product6(a0, a1, a2, a3, a4, a5):
    p0 = list(a0)
    p1 = list(a1)
    p2 = list(a2)
    p3 = list(a3)
    p4 = list(a4)
    p5 = list(a5)
    for x0 in p0:
        for x1 in p1:
            for x2 in p2:
                for x3 in p3:
                    for x4 in p4:
                        for x5 in p5:
                            yield (x0, x1, x2, x3, x4, x5)

# zip_longest: one version per number of iterables (1 to 6), as CPython's
# zip_longest_next: an exhausted iterator gives `fillvalue` from then on,
# and the iteration ends as soon as the last active one is exhausted.


def zip_longest1(a0, fillvalue):
    i0 = iter(a0)
    on0 = True
    active = 1
    while True:
        x0 = fillvalue
        if on0:
            try:
                x0 = next(i0)
            except StopIteration:
                on0 = False
                active -= 1
                if active == 0:
                    return
        yield (x0,)


def zip_longest2(a0, a1, fillvalue):
    i0 = iter(a0)
    on0 = True
    i1 = iter(a1)
    on1 = True
    active = 2
    while True:
        x0 = fillvalue
        if on0:
            try:
                x0 = next(i0)
            except StopIteration:
                on0 = False
                active -= 1
                if active == 0:
                    return
        x1 = fillvalue
        if on1:
            try:
                x1 = next(i1)
            except StopIteration:
                on1 = False
                active -= 1
                if active == 0:
                    return
        yield (x0, x1)


def zip_longest3(a0, a1, a2, fillvalue):
    i0 = iter(a0)
    on0 = True
    i1 = iter(a1)
    on1 = True
    i2 = iter(a2)
    on2 = True
    active = 3
    while True:
        x0 = fillvalue
        if on0:
            try:
                x0 = next(i0)
            except StopIteration:
                on0 = False
                active -= 1
                if active == 0:
                    return
        x1 = fillvalue
        if on1:
            try:
                x1 = next(i1)
            except StopIteration:
                on1 = False
                active -= 1
                if active == 0:
                    return
        x2 = fillvalue
        if on2:
            try:
                x2 = next(i2)
            except StopIteration:
                on2 = False
                active -= 1
                if active == 0:
                    return
        yield (x0, x1, x2)


def zip_longest4(a0, a1, a2, a3, fillvalue):
    i0 = iter(a0)
    on0 = True
    i1 = iter(a1)
    on1 = True
    i2 = iter(a2)
    on2 = True
    i3 = iter(a3)
    on3 = True
    active = 4
    while True:
        x0 = fillvalue
        if on0:
            try:
                x0 = next(i0)
            except StopIteration:
                on0 = False
                active -= 1
                if active == 0:
                    return
        x1 = fillvalue
        if on1:
            try:
                x1 = next(i1)
            except StopIteration:
                on1 = False
                active -= 1
                if active == 0:
                    return
        x2 = fillvalue
        if on2:
            try:
                x2 = next(i2)
            except StopIteration:
                on2 = False
                active -= 1
                if active == 0:
                    return
        x3 = fillvalue
        if on3:
            try:
                x3 = next(i3)
            except StopIteration:
                on3 = False
                active -= 1
                if active == 0:
                    return
        yield (x0, x1, x2, x3)


def zip_longest5(a0, a1, a2, a3, a4, fillvalue):
    i0 = iter(a0)
    on0 = True
    i1 = iter(a1)
    on1 = True
    i2 = iter(a2)
    on2 = True
    i3 = iter(a3)
    on3 = True
    i4 = iter(a4)
    on4 = True
    active = 5
    while True:
        x0 = fillvalue
        if on0:
            try:
                x0 = next(i0)
            except StopIteration:
                on0 = False
                active -= 1
                if active == 0:
                    return
        x1 = fillvalue
        if on1:
            try:
                x1 = next(i1)
            except StopIteration:
                on1 = False
                active -= 1
                if active == 0:
                    return
        x2 = fillvalue
        if on2:
            try:
                x2 = next(i2)
            except StopIteration:
                on2 = False
                active -= 1
                if active == 0:
                    return
        x3 = fillvalue
        if on3:
            try:
                x3 = next(i3)
            except StopIteration:
                on3 = False
                active -= 1
                if active == 0:
                    return
        x4 = fillvalue
        if on4:
            try:
                x4 = next(i4)
            except StopIteration:
                on4 = False
                active -= 1
                if active == 0:
                    return
        yield (x0, x1, x2, x3, x4)


def zip_longest6(a0, a1, a2, a3, a4, a5, fillvalue):
    i0 = iter(a0)
    on0 = True
    i1 = iter(a1)
    on1 = True
    i2 = iter(a2)
    on2 = True
    i3 = iter(a3)
    on3 = True
    i4 = iter(a4)
    on4 = True
    i5 = iter(a5)
    on5 = True
    active = 6
    while True:
        x0 = fillvalue
        if on0:
            try:
                x0 = next(i0)
            except StopIteration:
                on0 = False
                active -= 1
                if active == 0:
                    return
        x1 = fillvalue
        if on1:
            try:
                x1 = next(i1)
            except StopIteration:
                on1 = False
                active -= 1
                if active == 0:
                    return
        x2 = fillvalue
        if on2:
            try:
                x2 = next(i2)
            except StopIteration:
                on2 = False
                active -= 1
                if active == 0:
                    return
        x3 = fillvalue
        if on3:
            try:
                x3 = next(i3)
            except StopIteration:
                on3 = False
                active -= 1
                if active == 0:
                    return
        x4 = fillvalue
        if on4:
            try:
                x4 = next(i4)
            except StopIteration:
                on4 = False
                active -= 1
                if active == 0:
                    return
        x5 = fillvalue
        if on5:
            try:
                x5 = next(i5)
            except StopIteration:
                on5 = False
                active -= 1
                if active == 0:
                    return
        yield (x0, x1, x2, x3, x4, x5)


# accumulate: `func` absent or None adds; `initial` (when given and not
# None) is yielded first. One version per form, so that a missing initial
# value never has to merge with the items' type.


def accumulate_add(iterable):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = total + x
        yield total


def accumulate_add_initial(iterable, initial):
    total = initial
    yield total
    for x in iterable:
        total = total + x
        yield total


def accumulate(iterable, func):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total


def accumulate_initial(iterable, func, initial):
    total = initial
    yield total
    for x in iterable:
        total = func(total, x)
        yield total
