# RUN: rpyc -o %t %s
# Generators (`yield`) are not supported.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i = i + 1


def main(argv):
    numbers = count_up(3)
    print(numbers)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_unsupported_yield.py:8:9: error: `yield` is not supported by rpyc [UnsupportedSyntax]
#     8 |         yield i
#       |         ^~~~~~~
# exit: 1
