# RUN: rpyc --native -o /proc/rpyc-out %s
# The output directory cannot be made: rpyc says which path and why.


def main(argv):
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# rpyc: error: cannot write `/proc/rpyc-out`: No such file or directory [OutputNotWritable]
# exit: 1
