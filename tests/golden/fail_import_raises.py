# RUN: rpyc -o %t %s
# Module-level code runs in CPython at import time; an exception there is
# reported with its traceback.

LIMIT = 10 // 0


def main(argv):
    print(LIMIT)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_import_raises.py: error: importing the target raised `ZeroDivisionError: integer division or modulo by zero` [ImportFailed]
# tests/golden/fail_import_raises.py:5:1: note: `ZeroDivisionError` raised here, in `<module>`
#     5 | LIMIT = 10 // 0
#       | ^
# exit: 1
