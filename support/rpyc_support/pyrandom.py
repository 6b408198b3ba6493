"""rpyc's versions of the random module's functions and of random.Random.
The draws come from rtlib's CPython-exact Mersenne Twister; shuffle and
sample use Lib/random.py's algorithms, so a seeded program sees CPython's
sequences. The module-level functions share state 0 (as CPython's share
one hidden Random instance); each Random instance owns another state and
selects it before drawing (rt.random_select), so the functions prefixed
with `_` draw from whichever state is selected.
"""
import math

from rpyc_support import rt

_NO_STOP = -9223372036854775807 - 1


def _seed(a=None):
    if a is None:
        rt.random_seed_time()
    else:
        rt.random_seed(a)


def _randrange(start, stop=_NO_STOP, step=1):
    if stop == _NO_STOP:
        return rt.random_randrange(start, 0, 1, False)
    return rt.random_randrange(start, stop, step, True)


def _choice(seq):
    if len(seq) == 0:
        raise IndexError('Cannot choose from an empty sequence')
    return seq[rt.random_randbelow(len(seq))]


def choice_range(start, stop, step):
    """choice(range(start, stop, step)), translated without making the
    range (translator/flow/build_stdlib.cpp): CPython's draw."""
    rt.random_select(0)
    if step == 0:
        raise ValueError('range() arg 3 must not be zero')
    n = 0
    if step > 0 and stop > start:
        n = (stop - start + step - 1) // step
    elif step < 0 and start > stop:
        n = (start - stop - step - 1) // (-step)
    if n == 0:
        raise IndexError('Cannot choose from an empty sequence')
    return start + step * rt.random_randbelow(n)


def _shuffle(x):
    i = len(x) - 1
    while i > 0:
        j = rt.random_randbelow(i + 1)
        x[i], x[j] = x[j], x[i]
        i -= 1


def _sample(population, k):
    # A range() value is a lazy iterator in rpyc: take its items first.
    pool0 = list(population)
    n = len(pool0)
    if k < 0 or k > n:
        raise ValueError('Sample larger than population or is negative')
    result = []
    setsize = 21
    if k > 5:
        setsize += 4 ** math.ceil(math.log(k * 3, 4))
    if n <= setsize:
        pool = list(pool0)
        for i in range(k):
            j = rt.random_randbelow(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
    else:
        selected = set()
        for i in range(k):
            j = rt.random_randbelow(n)
            while j in selected:
                j = rt.random_randbelow(n)
            selected.add(j)
            result.append(pool0[j])
    return result


# The module-level functions: state 0.

def seed(a=None):
    rt.random_select(0)
    _seed(a)


def random():
    rt.random_select(0)
    return rt.random_random()


def getrandbits(k):
    rt.random_select(0)
    return rt.random_getrandbits(k)


def randrange(start, stop=_NO_STOP, step=1):
    rt.random_select(0)
    return _randrange(start, stop, step)


def randint(a, b):
    rt.random_select(0)
    return rt.random_randint(a, b)


def uniform(a, b):
    rt.random_select(0)
    return rt.random_uniform(a, b)


def choice(seq):
    rt.random_select(0)
    return _choice(seq)


def shuffle(x):
    rt.random_select(0)
    _shuffle(x)


def sample(population, k):
    rt.random_select(0)
    return _sample(population, k)


class Random(object):
    """random.Random(seed): the same methods, drawing from its own state."""

    def __init__(self, a=None):
        self._state = rt.random_new()
        rt.random_select(self._state)
        _seed(a)

    def seed(self, a=None):
        rt.random_select(self._state)
        _seed(a)

    def random(self):
        rt.random_select(self._state)
        return rt.random_random()

    def getrandbits(self, k):
        rt.random_select(self._state)
        return rt.random_getrandbits(k)

    def randrange(self, start, stop=_NO_STOP, step=1):
        rt.random_select(self._state)
        return _randrange(start, stop, step)

    def randint(self, a, b):
        rt.random_select(self._state)
        return rt.random_randint(a, b)

    def uniform(self, a, b):
        rt.random_select(self._state)
        return rt.random_uniform(a, b)

    def choice(self, seq):
        rt.random_select(self._state)
        return _choice(seq)

    def shuffle(self, x):
        rt.random_select(self._state)
        _shuffle(x)

    def sample(self, population, k):
        rt.random_select(self._state)
        return _sample(population, k)
