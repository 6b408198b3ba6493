# RUN: rpyc -o %t %s
# zip_longest() makes tuples whose length is part of their type: the
# number of iterables must be known at translation time.
from itertools import zip_longest


def main(argv):
    rows = [[1, 2], [3]]
    for t in zip_longest(*rows, fillvalue=0):
        print(t)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_zip_longest_starred.py:9:26: error: zip_longest() of `*` arguments is not supported by rpyc [UnsupportedSyntax]
#     9 |     for t in zip_longest(*rows, fillvalue=0):
#       |                          ^~~~~
# tests/golden/fail_zip_longest_starred.py:9:26: note: the number of iterables must be known at translation time
#     9 |     for t in zip_longest(*rows, fillvalue=0):
#       |                          ^~~~~
# exit: 1
