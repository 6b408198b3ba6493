"""What rpyc translates `sys.stderr` to (translator/flow/build_rlib.cpp)."""
from rpyc_support import rt


def write(s):
    rt.write(2, s)
    return len(s)


def flush():
    pass
