# RUN: rpyc --stop-after rtype %s
# Printing a generator object (CPython shows its address) is refused.


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
# tests/golden/fail_generator_print.py:14:5: error: the string form of an instance of `generator count_up` without __str__ or __repr__ (CPython shows its address) is not supported [BadCallArgs]
#    14 |     print(numbers)
#       |     ^~~~~~~~~~~~~~
# exit: 1
