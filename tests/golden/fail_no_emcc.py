# ENV: RPYC_EMCC=/nonexistent/emcc
# RUN: rpyc -o %t %s
# The wasm link step cannot find emcc (RPYC_EMCC overrides where it is).


def main(argv):
    print('hello')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
