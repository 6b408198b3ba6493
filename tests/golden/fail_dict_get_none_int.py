# RUN: rpyc --stop-after annotate %s
# d.get(k) with no default is `int or None` for an int-valued dict: refused
# with the hint to give a default.
def main(argv):
    d = {'one': 1}
    print(d.get('two'))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_dict_get_none_int.py:6:11: error: dict.get(key) returns None for a missing key, and a value of type `int` cannot also be None in rpyc; give a default of that type: d.get(key, default) [BadCallArgs]
#     6 |     print(d.get('two'))
#       |           ^~~~~~~~~~~~
# exit: 1
