# RUN: rpyc --stop-after rtype %s
# CPython prints `<map object at 0x...>`; rpyc's map() builds a list.


def main(argv):
    print(map(lambda x: x + 1, [1, 2, 3]))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_print_map.py:6:5: error: showing the result of map() is not supported: CPython shows `<map object at 0x...>` (an iterator), rpyc's map() builds a list; convert it with list(...) first [BadCallArgs]
#     6 |     print(map(lambda x: x + 1, [1, 2, 3]))
#       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
