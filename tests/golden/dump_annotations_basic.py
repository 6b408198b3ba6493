# RUN: rpyc --stop-after annotate --dump annotations %s
# Annotations of ints, floats, strs and bools flowing through calls.

SCALE = 2.5


def scale(x):
    return x * SCALE


def label(n):
    if n > 3:
        return 'big'
    return 'small'


def main(argv):
    n = len(argv)
    f = scale(float(n))
    ok = f > 1.0
    print(label(n), f, ok)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# graph main at tests/golden/dump_annotations_basic.py:17:1
# block0(argv_0: list[str]):
#     n_1: int = call(<len>, argv_0)
#     v2: float = call(<float>, n_1)
#     f_3: float = call(<dump_annotations_basic.scale>, v2)
#     ok_4: bool = gt(f_3, 1.0)
#     v5: str = call(<dump_annotations_basic.label>, n_1)
#     v6: None = call(<print>, v5, f_3, ok_4)
#     -> block1(0)
# block1(v7: int) (return):
# block2(evalue_8: impossible) (except):
#
# graph scale at tests/golden/dump_annotations_basic.py:7:1
# block0(x_0: float):
#     v1: float = mul(x_0, 2.5)
#     -> block1(v1)
# block1(v2: float) (return):
# block2(evalue_3: impossible) (except):
#
# graph label at tests/golden/dump_annotations_basic.py:11:1
# block0(n_0: int):
#     v1: bool = gt(n_0, 3)
#     v2: bool = bool_(v1)
#     exitswitch v2
#     False: -> block4()
#     True: -> block3()
# block1(v3: str) (return):
# block2(evalue_4: impossible) (except):
# block3():
#     -> block1('big')
# block4():
#     -> block1('small')
#
# exit: 0
