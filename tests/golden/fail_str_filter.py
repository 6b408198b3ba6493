# RUN: rpyc --stop-after rtype %s
# str() (and repr(), f-strings, %-formats) of a filter() result shows an
# address in CPython.


def main(argv):
    evens = filter(lambda x: x % 2 == 0, range(10))
    s = str(evens)
    print(len(s))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_str_filter.py:8:9: error: showing the result of filter() is not supported: CPython shows `<filter object at 0x...>` (an iterator), rpyc's filter() builds a list; convert it with list(...) first [BadCallArgs]
#     8 |     s = str(evens)
#       |         ^~~~~~~~~~
# exit: 1
