# RUN: rpyc -o %t %s
# `e.args` of an exception that may be a KeyError raised by a dict lookup:
# rpyc keeps only the message (the key's repr), not the key.


def main(argv):
    d = {"a": 1}
    try:
        print(d[argv[0]])
    except LookupError as e:
        print(e.args)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_exc_args_keyerror.py:11:15: error: `.args` of an exception that may be a `KeyError` raised by a built-in operation is not supported yet: rpyc keeps only its message; catch the classes you raise yourself, or use str(e) [NotSupportedYet]
#    11 |         print(e.args)
#       |               ^~~~~~
# exit: 1
