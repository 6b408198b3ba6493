# RUN: rpyc -o %t %s
# Conflicting assignments through `global`: the note shows the first one.

BEST = None


def keep(n):
    global BEST
    BEST = [n]


def label(s):
    global BEST
    BEST = s


def main(argv):
    keep(3)
    label('x')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_global_conflict2.py:14:5: error: cannot merge `list[int] or None` and `str` for module-level variable `BEST` [UnionMismatch]
#    14 |     BEST = s
#       |     ^~~~~~~~
# tests/golden/fail_global_conflict2.py:19:5: note: argument `s` of `label` gets `str` from this call
#    19 |     label('x')
#       |     ^~~~~~~~~~
# tests/golden/fail_global_conflict2.py:9:5: note: `BEST` first inferred as `list[int] or None` here
#     9 |     BEST = [n]
#       |     ^~~~~~~~~~
# tests/golden/fail_global_conflict2.py:9:12: note: `list[int]` comes from here
#     9 |     BEST = [n]
#       |            ^~~
# exit: 1
