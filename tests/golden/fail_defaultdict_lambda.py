# RUN: rpyc --stop-after annotate %s
# defaultdict() needs a factory known at translation time (this lambda
# reads a local variable).
from collections import defaultdict


def main(argv):
    n = len(argv)
    d = defaultdict(lambda: str(n))
    d['a'] += 'x'
    print(d['a'])
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_defaultdict_lambda.py:9:21: error: defaultdict() with a factory that is not known at translation time is not supported by rpyc [UnsupportedSyntax]
#     9 |     d = defaultdict(lambda: str(n))
#       |                     ^~~~~~~~~~~~~~
# tests/golden/fail_defaultdict_lambda.py:9:21: note: pass a class, a built-in type, a module-level function or a lambda that uses no local variable
#     9 |     d = defaultdict(lambda: str(n))
#       |                     ^~~~~~~~~~~~~~
# exit: 1
