# RUN: rpyc -o %t %s
# The `with` statement is not supported yet.


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        return False


def main(argv):
    with Resource() as r:
        print('inside')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_unsupported_with.py:14:5: error: the `with` statement is not supported by rpyc [UnsupportedSyntax]
#    14 |     with Resource() as r:
#       |     ^
# exit: 1
