# RUN: rpyc -o %t %s
# A class statement inside a function is outside the supported subset.


def main(argv):
    class Point:
        pass
    print('made a class')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_unsupported_class.py:6:5: error: a `class` statement inside a function is not supported by rpyc [UnsupportedSyntax]
#     6 |     class Point:
#       |     ^
# exit: 1
