# RUN: rpyc --stop-after annotate %s
# Counter() of a mapping (CPython takes its values as counts).
from collections import Counter


def main(argv):
    c = Counter({'a': 2, 'b': 1})
    print(c['a'])
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_counter_mapping.py:7:17: error: Counter() of a mapping is not supported by rpyc [UnsupportedSyntax]
#     7 |     c = Counter({'a': 2, 'b': 1})
#       |                 ^~~~~~~~~~~~~~~~
# tests/golden/fail_counter_mapping.py:7:17: note: rpyc counts the items of an iterable; add counts with c[k] += n
#     7 |     c = Counter({'a': 2, 'b': 1})
#       |                 ^~~~~~~~~~~~~~~~
# exit: 1
