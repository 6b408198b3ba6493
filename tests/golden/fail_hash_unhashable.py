# RUN: rpyc -o %t %s
# A tuple holding a list is unhashable (TypeError in CPython).


def main(argv):
    key = (1, [2, 3])
    print(hash(key))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_hash_unhashable.py:7:11: error: unhashable type: 'list' [BadCallArgs]
#     7 |     print(hash(key))
#       |           ^~~~~~~~~
# exit: 1
