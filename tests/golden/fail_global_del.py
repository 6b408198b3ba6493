# RUN: rpyc -o %t %s
# `del` of a module-level variable from a function is refused.

CACHE = [1, 2]


def drop():
    global CACHE
    del CACHE


def main(argv):
    drop()
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_global_del.py:9:9: error: `del` of a module-level variable (`global CACHE`) is not supported by rpyc [UnsupportedSyntax]
#     9 |     del CACHE
#       |         ^~~~~
# tests/golden/fail_global_del.py:9:9: note: assign it a value instead
#     9 |     del CACHE
#       |         ^~~~~
# exit: 1
