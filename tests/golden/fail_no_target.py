# RUN: rpyc -o %t %s
# A module without a `target` function cannot be translated.


def main(argv):
    print('no target here')
    return 0
# ---- expected output ----
# tests/golden/fail_no_target.py: error: module `fail_no_target` has no `target` function [NoTargetFunction]
# exit: 1
