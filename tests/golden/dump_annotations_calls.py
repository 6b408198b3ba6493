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
#     -> block3(argv_0, 0, 0)
# block1(v1: int) (return):
# block2(evalue_2: impossible) (except):
# block3(argv_3: list[str], i_4: int, total_5: int):
#     v6: bool = lt(i_4, 4)
#     v7: bool = bool_(v6)
#     exitswitch v7
#     False: -> block4(argv_3, i_4, total_5)
#     True: -> block5(argv_3, i_4, total_5)
# block4(argv_8: list[str], i_9: int, total_10: int):
#     v11: None = call(<print>, total_10)
#     -> block1(0)
# block5(argv_12: list[str], i_13: int, total_14: int):
#     v15: int = call(<dump_annotations_calls.power>, i_13)
#     v16: int = add(total_14, v15)
#     v17: int = call(<dump_annotations_calls.power>, 3, i_13) [kw: exp base]
#     total_18: int = add(v16, v17)
#     i_19: int = add(i_13, 1)
#     -> block3(argv_12, i_19, total_18)
#
# graph power at tests/golden/dump_annotations_calls.py:5:1
# block0(base_0: int, exp_1: int):
#     v2: bool = eq(exp_1, 0)
#     v3: bool = bool_(v2)
#     exitswitch v3
#     False: -> block4(base_0, exp_1)
#     True: -> block3(base_0, exp_1)
# block1(v4: int) (return):
# block2(evalue_5: impossible) (except):
# block3(base_6: int, exp_7: int):
#     -> block1(1)
# block4(base_8: int, exp_9: int):
#     v10: int = sub(exp_9, 1)
#     v11: int = call(<dump_annotations_calls.power>, base_8, v10)
#     v12: int = mul(base_8, v11)
#     -> block1(v12)
#
# exit: 0
