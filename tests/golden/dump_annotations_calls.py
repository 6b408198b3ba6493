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
# block2(etype_2: impossible, evalue_3: impossible) (except):
# block3(argv_4: list[str], i_5: int, total_6: int):
#     v7: bool = lt(i_5, 4)
#     v8: bool = bool_(v7)
#     exitswitch v8
#     False: -> block4(argv_4, i_5, total_6)
#     True: -> block5(argv_4, i_5, total_6)
# block4(argv_9: list[str], i_10: int, total_11: int):
#     v12: None = call(<print>, total_11)
#     -> block1(0)
# block5(argv_13: list[str], i_14: int, total_15: int):
#     v16: int = call(<dump_annotations_calls.power>, i_14)
#     v17: int = add(total_15, v16)
#     v18: int = call(<dump_annotations_calls.power>, 3, i_14) [kw: exp base]
#     total_19: int = add(v17, v18)
#     i_20: int = add(i_14, 1)
#     -> block3(argv_13, i_20, total_19)
#
# graph power at tests/golden/dump_annotations_calls.py:5:1
# block0(base_0: int, exp_1: int):
#     v2: bool = eq(exp_1, 0)
#     v3: bool = bool_(v2)
#     exitswitch v3
#     False: -> block4(base_0, exp_1)
#     True: -> block3(base_0, exp_1)
# block1(v4: int) (return):
# block2(etype_5: impossible, evalue_6: impossible) (except):
# block3(base_7: int, exp_8: int):
#     -> block1(1)
# block4(base_9: int, exp_10: int):
#     v11: int = sub(exp_10, 1)
#     v12: int = call(<dump_annotations_calls.power>, base_9, v11)
#     v13: int = mul(base_9, v12)
#     -> block1(v13)
#
# exit: 0
