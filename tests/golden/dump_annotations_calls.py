# RUN: rpyc --stop-after annotate --dump annotations %s
# Keyword arguments, defaults and recursion.


def power(base, exp=2):
    if exp == 0:
        return 1
    return base * power(base, exp - 1)


def main(argv):
    total = 0
    i = 0
    while i < 4:
        total = total + power(i) + power(exp=3, base=i)
        i = i + 1
    print(total)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# graph main at tests/golden/dump_annotations_calls.py:11:1
# block0(argv_0: list[str]):
#     -> block3(0, 0)
# block1(v1: int) (return):
# block2(evalue_2: impossible) (except):
# block3(i_3: int, total_4: int):
#     v5: bool = lt(i_3, 4)
#     v6: bool = bool_(v5)
#     exitswitch v6
#     False: -> block4(total_4)
#     True: -> block5(i_3, total_4)
# block4(total_7: int):
#     v8: None = call(<print>, total_7)
#     -> block1(0)
# block5(i_9: int, total_10: int):
#     v11: int = call(<dump_annotations_calls.power>, i_9)
#     v12: int = add(total_10, v11)
#     v13: int = call(<dump_annotations_calls.power>, 3, i_9) [kw: exp base]
#     total_14: int = add(v12, v13)
#     i_15: int = add(i_9, 1)
#     -> block3(i_15, total_14)
#
# graph power at tests/golden/dump_annotations_calls.py:5:1
# block0(base_0: int, exp_1: int):
#     v2: bool = eq(exp_1, 0)
#     v3: bool = bool_(v2)
#     exitswitch v3
#     False: -> block4(base_0, exp_1)
#     True: -> block3()
# block1(v4: int) (return):
# block2(evalue_5: impossible) (except):
# block3():
#     -> block1(1)
# block4(base_6: int, exp_7: int):
#     v8: int = sub(exp_7, 1)
#     v9: int = call(<dump_annotations_calls.power>, base_6, v8)
#     v10: int = mul(base_6, v9)
#     -> block1(v10)
#
# exit: 0
