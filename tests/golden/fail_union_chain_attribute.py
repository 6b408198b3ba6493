# RUN: rpyc -o %t %s
# An attribute set to a float in __init__ and later to a str computed in
# another function: the diagnostic shows where the str was made.


class Account(object):
    def __init__(self):
        self.balance = 0.0


def describe(amount):
    return '%.2f EUR' % amount


def main(argv):
    a = Account()
    text = describe(a.balance)
    a.balance = text
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_union_chain_attribute.py:18:5: error: cannot merge `float` and `str` for attribute `balance` [UnionMismatch]
#    18 |     a.balance = text
#       |     ^~~~~~~~~
# tests/golden/fail_union_chain_attribute.py:17:12: note: this call to `describe` returns `str`
#    17 |     text = describe(a.balance)
#       |            ^~~~~~~~~~~~~~~~~~~
# tests/golden/fail_union_chain_attribute.py:12:12: note: `describe` returns `str` here
#    12 |     return '%.2f EUR' % amount
#       |            ^~~~~~~~~~~~~~~~~~~
# tests/golden/fail_union_chain_attribute.py:8:9: note: attribute `balance` first inferred as `float` here
#     8 |         self.balance = 0.0
#       |         ^~~~~~~~~~~~
# exit: 1
