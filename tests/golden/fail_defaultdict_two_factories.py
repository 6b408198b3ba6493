# RUN: rpyc -o %t %s
# Collections made at two places may meet in one variable (the sites then
# share a class), but a defaultdict's factory is part of its class: two
# factories cannot meet.
from collections import defaultdict


def main(argv):
    if len(argv) > 1:
        d = defaultdict(list)
    else:
        d = defaultdict(int)
    print(len(d))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_defaultdict_two_factories.py:12:9: error: cannot merge `defaultdict made at line 10` and `defaultdict made at line 12` for `d` [UnionMismatch]
#    12 |         d = defaultdict(int)
#       |         ^~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_defaultdict_two_factories.py:12:13: note: `defaultdict made at line 12` comes from here
#    12 |         d = defaultdict(int)
#       |             ^~~~~~~~~~~~~~~~
# tests/golden/fail_defaultdict_two_factories.py:10:9: note: `d` first inferred as `defaultdict made at line 10` here
#    10 |         d = defaultdict(list)
#       |         ^~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_defaultdict_two_factories.py:10:13: note: `defaultdict made at line 10` comes from here
#    10 |         d = defaultdict(list)
#       |             ^~~~~~~~~~~~~~~~~
# exit: 1
