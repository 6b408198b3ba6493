# RUN: rpyc -o %t %s
# `**kwargs` parameters are refused (their keys would be known only at run
# time).


def options(**kwargs):
    return len(kwargs)


def main(argv):
    print(options(a=1))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_kwargs_param.py:6:15: error: `**kwargs` parameters is not supported by rpyc [UnsupportedSyntax]
#     6 | def options(**kwargs):
#       |               ^~~~~~
# exit: 1
