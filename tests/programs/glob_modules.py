# Module-level variables assigned through `global` in another module:
# `m.X` reads the live variable, `from m import X` the value at import.
import helper_counter
from helper_counter import TOTAL, add


def main(argv):
    print(TOTAL, helper_counter.TOTAL)
    add(2)
    add(5)
    print(TOTAL, helper_counter.TOTAL, helper_counter.HISTORY)
    helper_counter.reset()
    print(helper_counter.TOTAL)
    helper_counter.TOTAL = 100
    helper_counter.TOTAL += 1
    print(add(1), helper_counter.TOTAL)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
