# RUN: rpyc -o %t tests/golden/does_not_exist.py
# The target file does not exist: rpyc reports it and exits non-zero.
# ---- expected output ----
# <placeholder: run `python3 tests/run_tests.py --update golden` once rpyc works>
# exit: 1
