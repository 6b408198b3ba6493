# RUN: rpyc --stop-after flow --dump flow %s
# Flow graphs of a small program: an if, a while, a for-range and calls.


def classify(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    return 1


def count_down(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps = steps + 1
    return steps


def main(argv):
    total = 0
    for i in range(1, 10, 2):
        total = total + classify(i - 5)
    print(total, count_down(3))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# graph main at tests/golden/dump_flow_basic.py:21:1
# block0(argv_0):
#     -> block3(1, argv_0, 0)
# block1(v1) (return):
# block2(etype_2, evalue_3) (except):
# block3(v4, argv_5, total_6):
#     v7 = range_cond(v4, 10, 2)
#     exitswitch v7
#     False: -> block4(v4, argv_5, total_6)
#     True: -> block5(v4, argv_5, total_6)
# block4(v8, argv_9, total_10):
#     v11 = call(<dump_flow_basic.count_down>, 3)
#     v12 = call(<print>, total_10, v11)
#     -> block1(0)
# block5(i_13, argv_14, total_15):
#     v16 = range_advance(i_13, 2)
#     v17 = sub(i_13, 5)
#     v18 = call(<dump_flow_basic.classify>, v17)
#     total_19 = add(total_15, v18)
#     -> block3(v16, argv_14, total_19)
#
# graph classify at tests/golden/dump_flow_basic.py:5:1
# block0(n_0):
#     v1 = lt(n_0, 0)
#     v2 = bool_(v1)
#     exitswitch v2
#     False: -> block4(n_0)
#     True: -> block3(n_0)
# block1(v3) (return):
# block2(etype_4, evalue_5) (except):
# block3(n_6):
#     -> block1(-1)
# block4(n_7):
#     v8 = eq(n_7, 0)
#     v9 = bool_(v8)
#     exitswitch v9
#     False: -> block6(n_7)
#     True: -> block5(n_7)
# block5(n_10):
#     -> block1(0)
# block6(n_11):
#     -> block1(1)
#
# graph count_down at tests/golden/dump_flow_basic.py:13:1
# block0(n_0):
#     -> block3(n_0, 0)
# block1(v1) (return):
# block2(etype_2, evalue_3) (except):
# block3(n_4, steps_5):
#     v6 = gt(n_4, 0)
#     v7 = bool_(v6)
#     exitswitch v7
#     False: -> block4(n_4, steps_5)
#     True: -> block5(n_4, steps_5)
# block4(n_8, steps_9):
#     -> block1(steps_9)
# block5(n_10, steps_11):
#     n_12 = sub(n_10, 1)
#     steps_13 = add(steps_11, 1)
#     -> block3(n_12, steps_13)
#
# exit: 0
