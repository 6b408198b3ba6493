# RUN: rpyc --stop-after rtype %s
# A value that may be one of two generator functions has no single type.


def evens(n):
    for i in range(0, n, 2):
        yield i


def odds(n):
    for i in range(1, n, 2):
        yield i


def total(g):
    return sum(g)


def main(argv):
    g = evens(10) if len(argv) > 5 else odds(10)
    print(total(g))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_generator_union.py:20:9: error: cannot merge `generator odds` and `generator evens` for `g` [UnionMismatch]
#    20 |     g = evens(10) if len(argv) > 5 else odds(10)
#       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_generator_union.py:5:1: note: `evens` returns `generator evens` here
#     5 | def evens(n):
#       | ^
# tests/golden/fail_generator_union.py:20:9: note: `g` first inferred as `generator odds` here
#    20 |     g = evens(10) if len(argv) > 5 else odds(10)
#       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_generator_union.py:20:41: note: this call to `odds` returns `generator odds`
#    20 |     g = evens(10) if len(argv) > 5 else odds(10)
#       |                                         ^~~~~~~~
# tests/golden/fail_generator_union.py:10:1: note: `odds` returns `generator odds` here
#    10 | def odds(n):
#       | ^
# exit: 1
