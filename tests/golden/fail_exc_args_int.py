# RUN: rpyc -o %t %s
# `e.args` of exceptions made with an int: rpyc keeps only str(e).


class Exit(Exception):
    pass


def main(argv):
    try:
        raise Exit(len(argv))
    except Exit as e:
        print(e.args[0] + 1)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_exc_args_int.py:13:15: error: `.args` of an exception made with arguments `tuple[int]` is not supported yet: rpyc keeps only str(e), so args works when every exception it may be was made with one str argument or none; keep the values in fields of your own exception class [NotSupportedYet]
#    13 |         print(e.args[0] + 1)
#       |               ^~~~~~
# tests/golden/fail_exc_args_int.py:11:15: note: the arguments of `Exit` first inferred as `tuple[int]` here
#    11 |         raise Exit(len(argv))
#       |               ^~~~~~~~~~~~~~~
# exit: 1
