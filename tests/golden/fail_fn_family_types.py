# RUN: rpyc -o %t %s
# Functions and bound methods called through one value share one
# signature: a method whose parameter is a str elsewhere cannot be called
# with an int through the value. The error names both members.


class Log(object):
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text.upper())
        return len(self.lines)


def count(n):
    return n + 1


def main(argv):
    log = Log()
    log.write('direct')
    handlers = [count, log.write]
    for h in handlers:
        print(h(5))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_fn_family_types.py:25:15: error: `Log.write` and `fail_fn_family_types.count` are called through one value, but argument 1 of this call is `int` and parameter `text` of `Log.write` is `str` [FamilyMismatch]
#    25 |         print(h(5))
#       |               ^~~~
# tests/golden/fail_fn_family_types.py:11:5: note: `Log.write` is defined here
#    11 |     def write(self, text):
#       |     ^
# tests/golden/fail_fn_family_types.py:16:1: note: `fail_fn_family_types.count` is defined here
#    16 | def count(n):
#       | ^
# exit: 1
