# RUN: rpyc --stop-after annotate %s
# tuple() of a list that may have grown: its length is not known at
# translation time (a tuple's length is part of its type).
def main(argv):
    xs = [1, 2]
    xs.append(len(argv))
    print(tuple(xs))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_tuple_of_list.py:7:11: error: tuple() of `list[int]` is not supported: a tuple's length is part of its type, so it must be known at translation time (a constant, range() of constants or a list display); use list() for a sequence of any length [BadCallArgs]
#     7 |     print(tuple(xs))
#       |           ^~~~~~~~~
# exit: 1
