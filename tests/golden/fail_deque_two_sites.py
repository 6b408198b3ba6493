# RUN: rpyc --stop-after annotate %s
# Each deque() call makes its own class: deques from two sites cannot
# meet in one variable.
from collections import deque


def main(argv):
    if len(argv) > 1:
        q = deque(maxlen=5)
    else:
        q = deque()
    q.append(2)
    print(list(q))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_deque_two_sites.py:11:9: error: cannot merge `deque made at line 9` and `deque made at line 11` for `q` [UnionMismatch]
#    11 |         q = deque()
#       |         ^~~~~~~~~~~
# tests/golden/fail_deque_two_sites.py:11:13: note: `deque made at line 11` comes from here
#    11 |         q = deque()
#       |             ^~~~~~~
# tests/golden/fail_deque_two_sites.py:9:9: note: `q` first inferred as `deque made at line 9` here
#     9 |         q = deque(maxlen=5)
#       |         ^~~~~~~~~~~~~~~~~~~
# tests/golden/fail_deque_two_sites.py:9:13: note: `deque made at line 9` comes from here
#     9 |         q = deque(maxlen=5)
#       |             ^~~~~~~~~~~~~~~
# exit: 1
