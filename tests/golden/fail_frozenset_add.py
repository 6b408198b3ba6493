# RUN: rpyc -o %t %s
# A frozenset has no mutating methods (CPython: AttributeError).


def main(argv):
    f = frozenset([1, 2])
    f.add(3)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_frozenset_add.py:7:5: error: 'frozenset' object has no attribute 'add' (a frozenset never changes; build a set, or a new frozenset with | & - ^) [BadCallArgs]
#     7 |     f.add(3)
#       |     ^~~~~
# exit: 1
