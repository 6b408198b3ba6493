"""rpyc's versions of sys.exit, sys.setrecursionlimit, sys.getrecursionlimit
and input() (translator/flow/build_rlib.cpp)."""
from rpyc_support import rt


def exit(code=None):
    """sys.exit under CPython. The translator builds SystemExit(code) at
    each call site (so `code` may be an int in one place and a str in
    another) and calls raise_exit with it."""
    if code is None:
        raise SystemExit()
    raise SystemExit(code)


def raise_exit(exc):
    raise exc


def input(prompt=''):
    if prompt:
        rt.write(1, prompt)
    line = rt.readline(0)
    if not line:
        raise EOFError('EOF when reading a line')
    if line[len(line) - 1] == '\n':
        return line[:len(line) - 1]
    return line


def setrecursionlimit(n):
    rt.set_recursion_limit(n)


def getrecursionlimit():
    return rt.get_recursion_limit()
