# RUN: rpyc -o %t %s
# Inside a container an instance shows its __repr__; without one CPython
# prints its address, which a translation cannot reproduce.


class Box:
    def __init__(self, size):
        self.size = size

    def __str__(self):
        return 'Box %d' % self.size


def main(argv):
    print([Box(3), Box(1)])
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_print_instance_in_list_without_repr.py:15:5: error: showing an instance of `Box` inside a container needs a `__repr__` method (CPython would print its address) [BadCallArgs]
#    15 |     print([Box(3), Box(1)])
#       |     ^~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
