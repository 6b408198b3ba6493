# RUN: rpyc -o %t %s
# str.join() takes a list of str; an int list is refused at translation
# time (CPython raises TypeError at run time).


def main(argv):
    print(', '.join([1, 2, 3]))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_str_join_non_list.py:7:11: error: str.join() needs a list of str, not `list[int]` [BadCallArgs]
#     7 |     print(', '.join([1, 2, 3]))
#       |           ^~~~~~~~~~~~~~~~~~~~
# exit: 1
