# RUN: rpyc -o %t %s
# A module-level variable keeps one type: its value after import and
# every value assigned through `global` must merge.

LEVEL = 0


def promote():
    global LEVEL
    LEVEL = LEVEL + 1


def rename():
    global LEVEL
    LEVEL = 'top'


def main(argv):
    promote()
    rename()
    print(LEVEL)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_global_conflict.py:15:5: error: cannot merge `int` and `str` for module-level variable `LEVEL` (its value after import is `int`) [UnionMismatch]
#    15 |     LEVEL = 'top'
#       |     ^~~~~~~~~~~~~
# exit: 1
