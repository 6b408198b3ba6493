"""What rpyc translates `sys.stdin` to (translator/flow/build_rlib.cpp)."""
from rpyc_support import rt


def readline():
    return rt.readline(0)


def read():
    return rt.read(0)


def readlines():
    lines = []
    while True:
        line = rt.readline(0)
        if not line:
            return lines
        lines.append(line)


def lines():
    """`for line in sys.stdin`: the lines with their newlines."""
    while True:
        line = rt.readline(0)
        if not line:
            return
        yield line
