# RUN: rpyc -o %t %s
# f(*xs) needs the number of items at translation time.


def add(a, b):
    return a + b


def main(argv):
    xs = [1, 2]
    xs.append(3)
    print(add(*xs))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_star_args_unknown.py:12:11: error: `*` arguments in calls whose number of items is not known at translation time (here `list[int]`) is not supported by rpyc [UnsupportedSyntax]
#    12 |     print(add(*xs))
#       |           ^~~~~~~~
# tests/golden/fail_star_args_unknown.py:12:11: note: pass a tuple (its length is part of its type), a tuple display or a constant tuple
#    12 |     print(add(*xs))
#       |           ^~~~~~~~
# exit: 1
