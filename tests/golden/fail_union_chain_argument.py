# RUN: rpyc -o %t %s
# A parameter gets an int at one call and a str at another, and the str
# was passed down through a second function's parameter: the diagnostic
# shows each call the str went through.


class Log(object):
    def add(self, item):
        print(item)


def forward(log, what):
    log.add(what)


def main(argv):
    log = Log()
    log.add(1)
    forward(log, argv[0])
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_union_chain_argument.py:18:5: error: cannot merge `str` and `int` for argument `item` of `add` [UnionMismatch]
#    18 |     log.add(1)
#       |     ^~~~~~~~~~
# tests/golden/fail_union_chain_argument.py:13:5: note: argument `item` of `add` first inferred as `str` here
#    13 |     log.add(what)
#       |     ^~~~~~~~~~~~~
# tests/golden/fail_union_chain_argument.py:19:5: note: argument `what` of `forward` gets `str` from this call
#    19 |     forward(log, argv[0])
#       |     ^~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_union_chain_argument.py:19:18: note: `str` comes from here
#    19 |     forward(log, argv[0])
#       |                  ^~~~~~~
# exit: 1
