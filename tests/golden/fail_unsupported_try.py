# RUN: rpyc -o %t %s
# try/except is not supported yet.


def main(argv):
    try:
        n = int(argv[1])
    except ValueError:
        n = 0
    print(n)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_unsupported_try.py:6:5: error: the `try` statement is not supported by rpyc [UnsupportedSyntax]
#     6 |     try:
#       |     ^
# exit: 1
