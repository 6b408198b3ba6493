# RUN: rpyc -o %t %s
# A method call on a str that may be None is refused (CPython would raise
# AttributeError when it is None).


def name_of(n):
    return None if n > 2 else 'abc'


def main(argv):
    s = name_of(len(argv))
    print(s.upper())
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_str_method_maybe_none.py:12:11: error: calling a method on a `str or None` (it may be None) is not supported [BadCallArgs]
#    12 |     print(s.upper())
#       |           ^~~~~~~
# exit: 1
