# RUN: rpyc -o %t %s
# target() must return the entry function (or `(entry, None)`).


def main(argv):
    return 0


def target(*args):
    return 42
# ---- expected output ----
# tests/golden/fail_bad_entry_point.py:9:1: error: `target()` must return the entry function or `(entry, None)`, got `42` [BadEntryPoint]
#     9 | def target(*args):
#       | ^
# exit: 1
