# RUN: rpyc -o %t %s
# The str that conflicts with an int was made two calls away: the
# diagnostic follows it back through each call and return to the place
# that made it, and does the same for the int.


def name_of(n):
    return 'n%d' % n


def label(n):
    s = name_of(n)
    return s


def count(n):
    return n + 1


def main(argv):
    total = count(0)
    for i in range(3):
        if i == 2:
            total = label(i)
        else:
            total = total + i
    print(total)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_union_chain.py:26:13: error: cannot merge `str` and `int` for `total` [UnionMismatch]
#    26 |             total = total + i
#       |             ^~~~~~~~~~~~~~~~~
# tests/golden/fail_union_chain.py:26:21: note: `int` comes from here
#    26 |             total = total + i
#       |                     ^~~~~~~~~
# tests/golden/fail_union_chain.py:24:13: note: `total` first inferred as `str` here
#    24 |             total = label(i)
#       |             ^~~~~~~~~~~~~~~~
# tests/golden/fail_union_chain.py:24:21: note: this call to `label` returns `str`
#    24 |             total = label(i)
#       |                     ^~~~~~~~
# tests/golden/fail_union_chain.py:13:12: note: `label` returns `str` here
#    13 |     return s
#       |            ^
# tests/golden/fail_union_chain.py:12:9: note: this call to `name_of` returns `str`
#    12 |     s = name_of(n)
#       |         ^~~~~~~~~~
# tests/golden/fail_union_chain.py:8:12: note: `name_of` returns `str` here
#     8 |     return 'n%d' % n
#       |            ^~~~~~~~~
# exit: 1
