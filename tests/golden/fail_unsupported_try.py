# RUN: rpyc -o %t %s
# try/except is not supported yet.


def main(argv):
    try:
        n = int(argv[1])
    except ValueError:
        n = 0
    print(n)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
