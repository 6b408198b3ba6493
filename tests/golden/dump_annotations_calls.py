# RUN: rpyc --stop-after annotate --dump annotations %s
# Keyword arguments, defaults and recursion.


def power(base, exp=2):
    if exp == 0:
        return 1
    return base * power(base, exp - 1)


def main(argv):
    total = 0
    i = 0
    while i < 4:
        total = total + power(i) + power(exp=3, base=i)
        i = i + 1
    print(total)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 0
