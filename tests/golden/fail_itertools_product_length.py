# RUN: rpyc --stop-after annotate %s
# product() making tuples longer than rpyc's versions go.
import itertools


def main(argv):
    print(len(list(itertools.product('ab', repeat=7))))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_itertools_product_length.py:7:20: error: product() making tuples of 7 items is not supported by rpyc [UnsupportedSyntax]
#     7 |     print(len(list(itertools.product('ab', repeat=7))))
#       |                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_itertools_product_length.py:7:20: note: rpyc makes tuples of 1 to 6 items here
#     7 |     print(len(list(itertools.product('ab', repeat=7))))
#       |                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
