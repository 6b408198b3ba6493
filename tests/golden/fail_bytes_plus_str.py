# RUN: rpyc --stop-after annotate %s
# bytes and str do not mix (CPython raises TypeError): refused.
def main(argv):
    print(b'abc' + 'def')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_bytes_plus_str.py:4:11: error: unsupported operation `+` on `bytes` and `str` [UnsupportedOperation]
#     4 |     print(b'abc' + 'def')
#       |           ^~~~~~~~~~~~~~
# exit: 1
