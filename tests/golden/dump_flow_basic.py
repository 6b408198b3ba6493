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
#     -> block3(False, 1, argv_0, <undefined>, 0)
# block1(v1) (return):
# block2(evalue_2) (except):
# block3(v3, v4, argv_5, i_6, total_7):
#     v8 = range_cond(v4, 10, 2)
#     exitswitch v8
#     False: -> block4(v3, v4, argv_5, i_6, total_7)
#     True: -> block5(v3, v4, argv_5, i_6, total_7)
# block4(v9, v10, argv_11, i_12, total_13):
#     v14 = call(<dump_flow_basic.count_down>, 3)
#     v15 = call(<print>, total_13, v14)
#     -> block1(0)
# block5(v16, i_17, argv_18, i_19, total_20):
#     v21 = range_advance(i_17, 2)
#     v22 = sub(i_17, 5)
#     v23 = call(<dump_flow_basic.classify>, v22)
#     total_24 = add(total_20, v23)
#     -> block3(True, v21, argv_18, i_17, total_24)
#
# graph classify at tests/golden/dump_flow_basic.py:5:1
# block0(n_0):
#     v1 = lt(n_0, 0)
#     v2 = bool_(v1)
#     exitswitch v2
#     False: -> block4(n_0)
#     True: -> block3(n_0)
# block1(v3) (return):
# block2(evalue_4) (except):
# block3(n_5):
#     -> block1(-1)
# block4(n_6):
#     v7 = eq(n_6, 0)
#     v8 = bool_(v7)
#     exitswitch v8
#     False: -> block6(n_6)
#     True: -> block5(n_6)
# block5(n_9):
#     -> block1(0)
# block6(n_10):
#     -> block1(1)
#
# graph count_down at tests/golden/dump_flow_basic.py:13:1
# block0(n_0):
#     -> block3(n_0, 0)
# block1(v1) (return):
# block2(evalue_2) (except):
# block3(n_3, steps_4):
#     v5 = gt(n_3, 0)
#     v6 = bool_(v5)
#     exitswitch v6
#     False: -> block4(n_3, steps_4)
#     True: -> block5(n_3, steps_4)
# block4(n_7, steps_8):
#     -> block1(steps_8)
# block5(n_9, steps_10):
#     n_11 = sub(n_9, 1)
#     steps_12 = add(steps_10, 1)
#     -> block3(n_11, steps_12)
#
# exit: 0
