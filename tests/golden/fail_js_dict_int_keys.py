# RUN: rpyc -o %t %s
# Only dicts with str keys become JS objects.
from javascript import js


def main(argv):
    js.console.log({1: 'one'})
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_js_dict_int_keys.py:7:5: error: cannot pass a value of type `dict[int, str]` to JS [JsUnconvertible]
#     7 |     js.console.log({1: 'one'})
#       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_js_dict_int_keys.py:7:5: note: dicts need str keys and None, bool, int, float, str or JS values
#     7 |     js.console.log({1: 'one'})
#       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
