# RUN: rpyc -o %t %s
# str.format() needs a constant format string: its fields are parsed at
# translation time.


def main(argv):
    fmt = argv[1] if len(argv) > 1 else '{} items'
    print(fmt.format(len(argv)))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_str_format_nonconstant.py:8:11: error: the format string of str.format() must be a string literal or constant [BadFormat]
#     8 |     print(fmt.format(len(argv)))
#       |           ^~~~~~~~~~~~~~~~~~~~~
# exit: 1
