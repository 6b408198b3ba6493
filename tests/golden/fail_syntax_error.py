# RUN: rpyc -o %t %s
# CPython's syntax error, reported with file, line and column.


def main(argv):
    x = (1 +
    return x


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_syntax_error.py:6:9: error: '(' was never closed [PythonSyntaxError]
#     6 |     x = (1 +
#       |         ^
# exit: 1
