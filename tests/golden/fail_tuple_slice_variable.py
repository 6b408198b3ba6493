# RUN: rpyc --stop-after annotate %s
# Slicing a tuple with a bound known only at run time: the result's length
# (part of its type) would not be known.


def main(argv):
    t = (1, 2, 3)
    print(t[len(argv):])
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_tuple_slice_variable.py:8:11: error: slicing a tuple needs constant bounds (the length of a tuple is part of its type) [BadCallArgs]
#     8 |     print(t[len(argv):])
#       |           ^~~~~~~~~~~~~
# exit: 1
