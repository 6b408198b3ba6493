# RUN: rpyc -o %t %s
# Only dicts with str keys become JS objects.
from javascript import js


def main(argv):
    js.console.log({1: 'one'})
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# exit: 1
