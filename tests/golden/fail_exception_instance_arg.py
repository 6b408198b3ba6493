# RUN: rpyc -o %t %s
# str() of an exception made from an instance would need the instance's
# __str__ at construction; rpyc keeps messages of numbers, strings and
# containers of those.


class Node:
    pass


class BadNode(Exception):
    pass


def main(argv):
    try:
        raise BadNode(Node())
    except BadNode:
        print('caught')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_exception_instance_arg.py:17:15: error: the arguments of an exception must be numbers, strings, None or containers of those, not `Node` [BadCallArgs]
#    17 |         raise BadNode(Node())
#       |               ^~~~~~~~~~~~~~~
# exit: 1
