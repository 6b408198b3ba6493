# RUN: rpyc -o %t %s
# A list cannot be a set item (unhashable in CPython too).


def main(argv):
    s = {1, 2}
    t = set()
    t.add([1])
    print(len(s), len(t))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_set_key_list.py:8:5: error: a `list[int]` cannot be a dict key or set item yet (keys must be int, bool, float, str, frozensets, instances, classes or tuples of those, and not None) [BadCallArgs]
#     8 |     t.add([1])
#       |     ^~~~~~~~~~
# exit: 1
