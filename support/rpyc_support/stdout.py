"""What rpyc translates `sys.stdout` to (translator/flow/build_rlib.cpp)."""
from rpyc_support import rt


def write(s):
    rt.write(1, s)
    return len(s)


def flush():
    rt.flush()
