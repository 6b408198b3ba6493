# RUN: rpyc -o %t %s
# A `%` format that is not a constant is parsed at run time, where each
# value must carry its type: a list is refused (a literal format takes it).


def main(argv):
    fmt = argv[1] if len(argv) > 1 else 'items: %s'
    print(fmt % ([1, 2],))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_str_mod_dynamic_value.py:8:11: error: a `%` format that is not a constant takes int, float, bool, str and None values; found `list[int]` [BadFormat]
#     8 |     print(fmt % ([1, 2],))
#       |           ^~~~~~~~~~~~~~~
# exit: 1
