# RUN: rpyc -o %t %s
# A module without a `target` function cannot be translated.


def main(argv):
    print('no target here')
    return 0
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
