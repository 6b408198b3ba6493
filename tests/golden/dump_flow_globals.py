# RUN: rpyc --stop-after flow --dump flow %s
# A module-level variable rebound through `global` is read with
# global_get and written with global_set; LIMIT, never rebound, is a
# constant and folds.

TOTAL = 0
LIMIT = 10


def add(n):
    global TOTAL
    TOTAL += n * LIMIT
    return TOTAL


def main(argv):
    add(1)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# graph main at tests/golden/dump_flow_globals.py:16:1
# block0(argv_0):
#     v1 = call(<dump_flow_globals.add>, 1)
#     -> block1(0)
# block1(v2) (return):
# block2(evalue_3) (except):
#
# graph add at tests/golden/dump_flow_globals.py:10:1
# block0(n_0):
#     TOTAL_1 = global_get('dump_flow_globals.TOTAL')
#     v2 = mul(n_0, 10)
#     TOTAL_3 = inplace_add(TOTAL_1, v2)
#     v4 = global_set('dump_flow_globals.TOTAL', TOTAL_3)
#     TOTAL_5 = global_get('dump_flow_globals.TOTAL')
#     -> block1(TOTAL_5)
# block1(v6) (return):
# block2(evalue_7) (except):
#
# exit: 0
