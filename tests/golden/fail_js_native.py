# RUN: rpyc --native -o %t %s
# A program using the `javascript` module cannot be a native executable.
from javascript import js


def main(argv):
    js.console.log('hi')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# exit: 1
