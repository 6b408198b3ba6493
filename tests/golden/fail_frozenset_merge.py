# RUN: rpyc -o %t %s
# A set and a frozenset do not merge into one variable.


def main(argv):
    s = set([1])
    if len(argv) > 5:
        s = frozenset([2])
    print(len(s))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_frozenset_merge.py:8:9: error: cannot merge `set[int]` and `frozenset[int]` for `s` [UnionMismatch]
#     8 |         s = frozenset([2])
#       |         ^~~~~~~~~~~~~~~~~~
# tests/golden/fail_frozenset_merge.py:8:13: note: `frozenset[int]` comes from here
#     8 |         s = frozenset([2])
#       |             ^~~~~~~~~~~~~~
# tests/golden/fail_frozenset_merge.py:6:5: note: `s` first inferred as `set[int]` here
#     6 |     s = set([1])
#       |     ^~~~~~~~~~~~
# tests/golden/fail_frozenset_merge.py:6:9: note: `set[int]` comes from here
#     6 |     s = set([1])
#       |         ^~~~~~~~
# exit: 1
