# RUN: rpyc -o %t %s
# A local that no path assigns before it is read.

DEBUG = False


def main(argv):
    if DEBUG:
        y = 5
    print(y)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_possibly_unbound.py:10:11: error: local variable `y` may be used before it is assigned [PossiblyUnbound]
#    10 |     print(y)
#       |           ^
# exit: 1
