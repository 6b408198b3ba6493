# RUN: rpyc -o %t %s
# Automatic specialization makes at most 8 versions of a function; a
# recursion that makes a new argument type at each level is refused.


def nest(x, depth):
    if depth == 0:
        return 0
    return nest([x], depth - 1)


def main(argv):
    print(nest(1, 20))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_specialize_limit.py:13:11: error: cannot merge `list[list[list[list[list[list[list[list[int]]]]]]]]` and `int` for argument `x` of `nest` [UnionMismatch]
#    13 |     print(nest(1, 20))
#       |           ^~~~~~~~~~~
# tests/golden/fail_specialize_limit.py:9:12: note: argument `x` of `nest` first inferred as `list[list[list[list[list[list[list[list[int]]]]]]]]` here
#     9 |     return nest([x], depth - 1)
#       |            ^~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_specialize_limit.py:9:17: note: `list[list[list[list[list[list[list[list[int]]]]]]]]` comes from here
#     9 |     return nest([x], depth - 1)
#       |                 ^~~
# exit: 1
