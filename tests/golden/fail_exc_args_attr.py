# RUN: rpyc -o %t %s
# `e.args` is refused (str(e) and repr(e) work).


def main(argv):
    try:
        raise ValueError("bad", 3)
    except ValueError as e:
        print(repr(e))
        print(e.args)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_exc_args_attr.py:10:15: error: `.args` of an exception is not supported yet: use str(e) or repr(e), or keep the values in fields of your own exception class [NotSupportedYet]
#    10 |         print(e.args)
#       |               ^~~~~~
# exit: 1
