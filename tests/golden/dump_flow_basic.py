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
# block2(etype_2, evalue_3) (except):
# block3(v4, v5, argv_6, i_7, total_8):
#     v9 = range_cond(v5, 10, 2)
#     exitswitch v9
#     False: -> block4(v4, v5, argv_6, i_7, total_8)
#     True: -> block5(v4, v5, argv_6, i_7, total_8)
# block4(v10, v11, argv_12, i_13, total_14):
#     v15 = call(<dump_flow_basic.count_down>, 3)
#     v16 = call(<print>, total_14, v15)
#     -> block1(0)
# block5(v17, i_18, argv_19, i_20, total_21):
#     v22 = range_advance(i_18, 2)
#     v23 = sub(i_18, 5)
#     v24 = call(<dump_flow_basic.classify>, v23)
#     total_25 = add(total_21, v24)
#     -> block3(True, v22, argv_19, i_18, total_25)
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
