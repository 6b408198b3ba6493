# RUN: rpyc -o %t %s
# A local assigned on only one path and read after the merge.


def main(argv):
    if len(argv) > 2:
        y = 5
    print(y)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_possibly_unbound.py:8:11: error: local variable `y` may be used before it is assigned [PossiblyUnbound]
#     8 |     print(y)
#       |           ^
# exit: 1
