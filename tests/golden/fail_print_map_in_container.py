# RUN: rpyc --stop-after rtype %s
# A map() result inside a printed container shows as `<map object ...>`.


def main(argv):
    words = ['a', 'bb']
    pair = (len(words), map(len, words))
    print(pair)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_print_map_in_container.py:8:5: error: showing the result of map() is not supported: CPython shows `<map object at 0x...>` (an iterator), rpyc's map() builds a list; convert it with list(...) first [BadCallArgs]
#     8 |     print(pair)
#       |     ^~~~~~~~~~~
# exit: 1
