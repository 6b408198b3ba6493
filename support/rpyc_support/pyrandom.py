"""rpyc's versions of the random module's functions (one global state, as
CPython's module-level functions share one Random instance). The draws
come from rtlib's CPython-exact Mersenne Twister; shuffle and sample use
Lib/random.py's algorithms, so a seeded program sees CPython's sequences.
"""
import math

from rpyc_support import rt

_NO_STOP = -9223372036854775807 - 1


def seed(a=None):
    if a is None:
        rt.random_seed_time()
    else:
        rt.random_seed(a)


def random():
    return rt.random_random()


def getrandbits(k):
    return rt.random_getrandbits(k)


def randrange(start, stop=_NO_STOP, step=1):
    if stop == _NO_STOP:
        return rt.random_randrange(start, 0, 1, False)
    return rt.random_randrange(start, stop, step, True)


def randint(a, b):
    return rt.random_randint(a, b)


def uniform(a, b):
    return rt.random_uniform(a, b)


def choice(seq):
    if len(seq) == 0:
        raise IndexError('Cannot choose from an empty sequence')
    return seq[rt.random_randbelow(len(seq))]


def shuffle(x):
    i = len(x) - 1
    while i > 0:
        j = rt.random_randbelow(i + 1)
        x[i], x[j] = x[j], x[i]
        i -= 1


def sample(population, k):
    n = len(population)
    if k < 0 or k > n:
        raise ValueError('Sample larger than population or is negative')
    result = []
    setsize = 21
    if k > 5:
        setsize += 4 ** math.ceil(math.log(k * 3, 4))
    if n <= setsize:
        pool = list(population)
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
            result.append(population[j])
    return result
