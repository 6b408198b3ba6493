# RUN: rpyc -o %t %s
# A set cannot be a dict key (CPython: TypeError: unhashable type: 'set').


def main(argv):
    d = {}
    d[frozenset([1])] = 1
    s = {2}
    d[s] = 2
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_set_key.py:9:5: error: unhashable type: 'set' (a set cannot be a dict key or set item; use a frozenset) [BadCallArgs]
#     9 |     d[s] = 2
#       |     ^~~~
# exit: 1
