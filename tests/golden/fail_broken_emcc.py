# ENV: RPYC_EMCC=tests/stubs/broken-emcc
# RUN: rpyc -o %t %s
# emcc runs but fails (tests/stubs/broken-emcc prints an error and exits 1):
# rpyc reports the failing tool, its exit code and its output.


def main(argv):
    print('hello')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# rpyc: error: `tests/stubs/broken-emcc` failed with exit code 1 [ToolFailed]
# rpyc: note: broken-emcc: error: simulated link failure
# exit: 1
