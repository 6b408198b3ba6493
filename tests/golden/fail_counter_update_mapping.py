# RUN: rpyc -o %t %s
# Counter.update() given a dict held in a variable: CPython adds the
# dict's values, rpyc's Counter counts items, so it is refused.
from collections import Counter


def main(argv):
    c = Counter('abca')
    extra = {'a': 5, 'z': 2}
    c.update(extra)
    print(c['a'], c['z'])
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_counter_update_mapping.py:10:5: error: Counter(), update() and subtract() of a mapping (`dict[str, int]`) are not supported: CPython adds the mapping's values where rpyc counts the items of an iterable; add counts with c[k] += n [BadCallArgs]
#    10 |     c.update(extra)
#       |     ^~~~~~~~~~~~~~~
# exit: 1
