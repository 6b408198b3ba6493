# RUN: rpyc --stop-after rtype %s
# Iterating over an instance whose class has no __iter__.


class Box(object):
    def __init__(self, v):
        self.v = v


def main(argv):
    for x in Box(3):
        print(x)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_iter_no_iter_method.py:11:14: error: `Box` is not iterable (its class has no __iter__ method) [BadCallArgs]
#    11 |     for x in Box(3):
#       |              ^~~~~~
# exit: 1
