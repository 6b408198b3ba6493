# RUN: rpyc -o %t %s
# str.format() fields with attribute or item access are not supported.


def main(argv):
    print('{0[1]} and {0[0]}'.format(argv))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_str_format_field_attr.py:6:11: error: attribute and item access in format fields is not supported by rpyc [BadFormat]
#     6 |     print('{0[1]} and {0[0]}'.format(argv))
#       |           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
