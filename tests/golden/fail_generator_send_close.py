# RUN: rpyc -o %t %s
# send(), close() and throw() on generators are refused.


def numbers():
    got = yield 1
    yield 2


def main(argv):
    g = numbers()
    print(next(g))
    g.send(5)
    g.close()
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_generator_send_close.py:13:5: error: `send()` on a generator is not supported yet: rpyc's generators advance only with next() and loops, and a `yield` expression is always None [NotSupportedYet]
#    13 |     g.send(5)
#       |     ^~~~~~
# exit: 1
