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
#     -> block3(1, 0)
# block1(v1) (return):
# block2(evalue_2) (except):
# block3(v3, total_4):
#     v5 = range_cond(v3, 10, 2)
#     exitswitch v5
#     False: -> block4(total_4)
#     True: -> block5(v3, total_4)
# block4(total_6):
#     v7 = call(<dump_flow_basic.count_down>, 3)
#     v8 = call(<print>, total_6, v7)
#     -> block1(0)
# block5(i_9, total_10):
#     v11 = range_advance(i_9, 2)
#     v12 = sub(i_9, 5)
#     v13 = call(<dump_flow_basic.classify>, v12)
#     total_14 = add(total_10, v13)
#     -> block3(v11, total_14)
#
# graph classify at tests/golden/dump_flow_basic.py:5:1
# block0(n_0):
#     v1 = lt(n_0, 0)
#     v2 = bool_(v1)
#     exitswitch v2
#     False: -> block4(n_0)
#     True: -> block3()
# block1(v3) (return):
# block2(evalue_4) (except):
# block3():
#     -> block1(-1)
# block4(n_5):
#     v6 = eq(n_5, 0)
#     v7 = bool_(v6)
#     exitswitch v7
#     False: -> block6()
#     True: -> block5()
# block5():
#     -> block1(0)
# block6():
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
#     False: -> block4(steps_4)
#     True: -> block5(n_3, steps_4)
# block4(steps_7):
#     -> block1(steps_7)
# block5(n_8, steps_9):
#     n_10 = sub(n_8, 1)
#     steps_11 = add(steps_9, 1)
#     -> block3(n_10, steps_11)
#
# exit: 0
