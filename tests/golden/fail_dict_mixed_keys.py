# RUN: rpyc -o %t %s
# Dict keys must have one type: int and str keys do not merge.


def main(argv):
    d = {1: 'one', 'two': 2}
    print(len(d))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_dict_mixed_keys.py:6:9: error: dict keys must have one type; this dict mixes `int` and `str` [BadCallArgs]
#     6 |     d = {1: 'one', 'two': 2}
#       |         ^~~~~~~~~~~~~~~~~~~~
# exit: 1
