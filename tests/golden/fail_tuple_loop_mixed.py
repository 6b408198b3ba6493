# RUN: rpyc --stop-after annotate %s
# A loop over a tuple whose items have different types: the loop variable
# would need one type.


def main(argv):
    for x in (1, 'two', 3.0):
        print(x)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_tuple_loop_mixed.py:7:14: error: cannot iterate over `tuple[int, str, float]`: its items have different types (a loop variable has one type; use a list of one type, or unpack the tuple; a loop directly over the `*args` of a function called by name may mix types) [BadCallArgs]
#     7 |     for x in (1, 'two', 3.0):
#       |              ^~~~~~~~~~~~~~~
# exit: 1
