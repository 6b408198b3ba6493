# RUN: rpyc --stop-after flow --dump flow %s
# break and continue in nested loops, and short-circuit conditions.


def search(limit):
    found = 0
    for i in range(limit):
        if i % 2 == 0 and i > 2:
            continue
        j = 0
        while j < i:
            if i * j > 20 or j == 7:
                break
            j = j + 1
        found = found + j
    return found


def main(argv):
    print(search(12))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 0
