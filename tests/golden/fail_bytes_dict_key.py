# RUN: rpyc --stop-after annotate %s
# bytes are not dict keys yet: refused at the key.
def main(argv):
    counts = {}
    counts[b'x'] = 1
    print(counts)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_bytes_dict_key.py:5:5: error: a `bytes` cannot be a dict key or set item yet (keys must be int, bool, float, str, frozensets, instances, classes or tuples of those, and not None) [BadCallArgs]
#     5 |     counts[b'x'] = 1
#       |     ^~~~~~~~~~~~
# exit: 1
