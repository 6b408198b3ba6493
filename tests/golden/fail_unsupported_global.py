# RUN: rpyc -o %t %s
# Rebinding a module global from a function (`global`) is not supported:
# module globals are constants after import.

COUNTER = 0


def bump():
    global COUNTER
    COUNTER = COUNTER + 1


def main(argv):
    bump()
    print(COUNTER)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_unsupported_global.py:9:5: error: the `global` statement is not supported by rpyc [UnsupportedSyntax]
#     9 |     global COUNTER
#       |     ^~~~~~~~~~~~~~
# tests/golden/fail_unsupported_global.py:9:5: note: module-level variables are constants after import; keep mutable state in an object or a list
#     9 |     global COUNTER
#       |     ^~~~~~~~~~~~~~
# exit: 1
