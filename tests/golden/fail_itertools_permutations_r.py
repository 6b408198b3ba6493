# RUN: rpyc --stop-after annotate %s
# permutations(xs) of a list whose length is only known at run time: the
# tuples' length would be part of their type.
import itertools


def main(argv):
    for p in itertools.permutations(argv):
        print(p)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_itertools_permutations_r.py:8:14: error: permutations() with a length `r` not known at translation time is not supported by rpyc [UnsupportedSyntax]
#     8 |     for p in itertools.permutations(argv):
#       |              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_itertools_permutations_r.py:8:14: note: a tuple's length is part of its type: pass r as a constant
#     8 |     for p in itertools.permutations(argv):
#       |              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
