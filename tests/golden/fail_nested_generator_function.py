# RUN: rpyc --stop-after rtype %s
# A generator function defined inside another function (a closure with a
# generator frame) is refused.


def make_counter(step):
    def count(n):
        for i in range(n):
            yield i * step
    return count


def main(argv):
    print(list(make_counter(2)(3)))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_nested_generator_function.py:7:5: error: a generator function nested in another function is not supported by rpyc [UnsupportedSyntax]
#     7 |     def count(n):
#       |     ^
# tests/golden/fail_nested_generator_function.py:7:5: note: define it at module level and pass it what it uses as arguments
#     7 |     def count(n):
#       |     ^
# exit: 1
