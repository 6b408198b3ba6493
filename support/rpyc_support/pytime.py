"""rpyc's versions of time.time and time.perf_counter."""
from rpyc_support import rt


def time():
    return rt.time()


def perf_counter():
    return rt.perf_counter()
