# RUN: rpyc -o %t %s
# accumulate()'s `initial` is keyword-only (CPython: TypeError).
from itertools import accumulate
import operator


def main(argv):
    print(list(accumulate([1, 2], operator.add, 10)))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_accumulate_positional.py:8:16: error: accumulate() with more than 2 positional arguments is not supported by rpyc [UnsupportedSyntax]
#     8 |     print(list(accumulate([1, 2], operator.add, 10)))
#       |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
