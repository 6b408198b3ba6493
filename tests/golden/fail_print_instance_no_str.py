# RUN: rpyc -o %t %s
# print() of an instance without __str__/__repr__: CPython shows its
# address, which is not deterministic; rpyc refuses it.


class C(object):
    def __init__(self, v):
        self.v = v


def main(argv):
    print(C(1))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_print_instance_no_str.py:12:5: error: the string form of an instance of `C` without __str__ or __repr__ (CPython shows its address) is not supported [BadCallArgs]
#    12 |     print(C(1))
#       |     ^~~~~~~~~~~
# exit: 1
