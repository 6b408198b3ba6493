# RUN: rpyc -o %t tests/golden/does_not_exist.py
# The target file does not exist: rpyc reports it and exits non-zero.
# ---- expected output ----
# tests/golden/does_not_exist.py: error: cannot open `tests/golden/does_not_exist.py`: No such file or directory [FileNotFound]
# exit: 1
