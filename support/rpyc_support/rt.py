"""Runtime primitives. The translator replaces each call of these
functions by a call of rtlib's rpy_prim_<name> (annotator/rt_primitives.def);
the bodies here give the same behaviour under CPython, so the modules built
on them (stdout, stdin, pyfile, ...) also run untranslated."""
import builtins
import os
import sys
import time as _time

from rpython.rlib.rarithmetic import r_uint as _r_uint

_files = {}


def write(fd, s):
    """Writes str `s` to stdout (1), stderr (2) or a file opened by open()."""
    if fd == 1:
        sys.stdout.write(s)
    elif fd == 2:
        sys.stderr.write(s)
    else:
        _files[fd].write(s)


def flush():
    sys.stdout.flush()


def set_recursion_limit(n):
    """sys.setrecursionlimit: translated, only recursive functions count."""
    sys.setrecursionlimit(n)


def get_recursion_limit():
    return sys.getrecursionlimit()


def readline(fd):
    """A line of stdin with its newline; '' at the end of input."""
    return sys.stdin.readline()


def read(fd):
    """The rest of stdin (0) or of a file opened for reading."""
    if fd == 0:
        return sys.stdin.read()
    return _files[fd].read()


def open(path, mode):
    f = builtins.open(path, mode)
    fd = f.fileno()
    _files[fd] = f
    return fd


def close(fd):
    _files.pop(fd).close()


def exists(path):
    return os.path.exists(path)


def remove(path):
    os.remove(path)


def time():
    return _time.time()


def perf_counter():
    return _time.perf_counter()


# random: the module-level functions' Mersenne Twister is state 0; each
# random.Random instance gets its own (random_new) and selects it before
# drawing (random_select).
import random as _random

_states = [_random._inst]
_cur = [_random._inst]


def random_new():
    _states.append(_random.Random())
    return len(_states) - 1


def random_select(state):
    _cur[0] = _states[state]


def random_seed(n):
    _cur[0].seed(n)


def random_seed_time():
    _cur[0].seed()


def random_random():
    return _cur[0].random()


def random_getrandbits(k):
    return _cur[0].getrandbits(k)


def random_randbelow(n):
    return _cur[0]._randbelow(n)


def random_randrange(start, stop, step, has_stop):
    if has_stop:
        return _cur[0].randrange(start, stop, step)
    return _cur[0].randrange(start)


def random_randint(a, b):
    return _cur[0].randint(a, b)


def random_uniform(a, b):
    return _cur[0].uniform(a, b)


def r_uint(x):
    """r_uint(x) for an x only known at run time (the translator makes
    constant ones itself): x's low 64 bits as an unsigned word."""
    return _r_uint(x)
