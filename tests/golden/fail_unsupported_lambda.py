# RUN: rpyc -o %t %s
# lambda is not supported.


def main(argv):
    double = lambda x: x * 2
    print(double(21))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_unsupported_lambda.py:6:14: error: `lambda` is not supported by rpyc [UnsupportedSyntax]
#     6 |     double = lambda x: x * 2
#       |              ^~~~~~~~~~~~~~~
# exit: 1
