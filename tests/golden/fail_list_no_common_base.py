# RUN: rpyc -o %t %s
# Instances of classes without a common base class (other than object)
# cannot share a list: give them a common base.


class Cat(object):
    def __init__(self, name):
        self.name = name


class Robot(object):
    def __init__(self, name):
        self.name = name


def main(argv):
    things = [Cat('tom'), Robot('r2')]
    for t in things:
        print(t.name)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_list_no_common_base.py:17:14: error: list items must have one type; this list mixes `Cat` and `Robot` (classes without a common base class other than `object`: give them one) [BadCallArgs]
#    17 |     things = [Cat('tom'), Robot('r2')]
#       |              ^~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
