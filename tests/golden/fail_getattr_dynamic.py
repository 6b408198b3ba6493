# RUN: rpyc -o %t %s
# getattr() needs an attribute name known at translation time.


class P(object):
    def __init__(self):
        self.x = 1


def main(argv):
    p = P()
    print(getattr(p, argv[0]))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_getattr_dynamic.py:12:22: error: getattr() with an attribute name computed at run time is not supported by rpyc [UnsupportedSyntax]
#    12 |     print(getattr(p, argv[0]))
#       |                      ^~~~~~~
# tests/golden/fail_getattr_dynamic.py:12:22: note: loop over an unrolling_iterable of names to make each name a constant
#    12 |     print(getattr(p, argv[0]))
#       |                      ^~~~~~~
# exit: 1
