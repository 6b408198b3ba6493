# RUN: rpyc --native -o %t %s
# A program using the `javascript` module cannot be a native executable.
from javascript import js


def main(argv):
    js.console.log('hi')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# rpyc: error: the program uses the `javascript` module: translate it for node or a browser (the default wasm output, or --js), not --native [BadOption]
# exit: 1
