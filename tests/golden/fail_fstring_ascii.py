# RUN: rpyc -o %t %s
# The `!a` conversion in f-strings is not supported.


def main(argv):
    name = 'café'
    print(f'{name!a}')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_fstring_ascii.py:7:11: error: the `!a` conversion in f-strings is not supported by rpyc [UnsupportedSyntax]
#     7 |     print(f'{name!a}')
#       |           ^~~~~~~~~~~
# exit: 1
