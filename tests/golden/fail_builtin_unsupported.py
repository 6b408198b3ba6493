# RUN: rpyc --stop-after annotate %s
# A built-in rpyc does not translate: the diagnostic names it.


class Config:
    def __init__(self):
        self.debug = False


def main(argv):
    c = Config()
    if hasattr(c, 'debug'):
        print('has debug')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_builtin_unsupported.py:12:8: error: the built-in `hasattr` is not supported by rpyc [UnsupportedBuiltin]
#    12 |     if hasattr(c, 'debug'):
#       |        ^~~~~~~~~~~~~~~~~~~
# exit: 1
