# RUN: rpyc -o %t %s
# `global` of a name the module does not define: refused (the variable
# would have no value before the first assignment; CPython raises
# NameError when it is read first).


def start():
    global STATE
    STATE = 1


def main(argv):
    start()
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_global_undefined.py:8:5: error: `global STATE` for a name the module does not define is not supported by rpyc [UnsupportedSyntax]
#     8 |     global STATE
#       |     ^~~~~~~~~~~~
# tests/golden/fail_global_undefined.py:8:5: note: assign `STATE` at module level; its value after import is where the program starts
#     8 |     global STATE
#       |     ^~~~~~~~~~~~
# exit: 1
