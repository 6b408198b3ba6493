# RUN: rpyc -o %t %s
# Calling a value that may be any of several classes, one of them a
# built-in exception class, is refused.


def main(argv):
    for cls in (ValueError, KeyError):
        try:
            raise cls("x")
        except Exception as e:
            print(type(e).__name__)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_exc_class_family_call.py:9:19: error: calling a value that may be any of several classes when one is the built-in `ValueError` is not supported yet: call each class by name (`raise ValueError(msg)`) [NotSupportedYet]
#     9 |             raise cls("x")
#       |                   ^~~~~~~~
# exit: 1
