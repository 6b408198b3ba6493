# RUN: rpyc -o %t %s
# Sorting instances needs __lt__ (CPython raises TypeError without it).


class Box:
    def __init__(self, size):
        self.size = size


def main(argv):
    boxes = [Box(3), Box(1)]
    boxes.sort()
    print(len(boxes))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_sort_instances_without_lt.py:12:5: error: ordering instances of `Box` needs a `__lt__` method [BadCallArgs]
#    12 |     boxes.sort()
#       |     ^~~~~~~~~~~~
# exit: 1
