# RUN: rpyc --stop-after rtype %s
# Formatting a map() result in an f-string.


def main(argv):
    lengths = map(len, ['a', 'bb'])
    print(f'lengths: {lengths}')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_fstring_map.py:7:11: error: showing the result of map() is not supported: CPython shows `<map object at 0x...>` (an iterator), rpyc's map() builds a list; convert it with list(...) first [BadCallArgs]
#     7 |     print(f'lengths: {lengths}')
#       |           ^~~~~~~~~~~~~~~~~~~~~
# exit: 1
