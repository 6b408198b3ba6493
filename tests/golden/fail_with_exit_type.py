# RUN: rpyc -o %t %s
# rpyc passes the exception instance as __exit__'s type parameter, so that
# parameter may only be compared with None; printing it is refused.


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        print('exit', exc_type)
        return False


def main(argv):
    with Resource() as r:
        print('inside')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_with_exit_type.py:11:9: error: using the exception type parameter `exc_type` of `__exit__` this way is not supported by rpyc [UnsupportedSyntax]
#    11 |         print('exit', exc_type)
#       |         ^~~~~~~~~~~~~~~~~~~~~~~
# tests/golden/fail_with_exit_type.py:11:9: note: rpyc passes the exception instance as `exc_type`; only `exc_type is None` and `exc_type is not None` behave as in CPython
#    11 |         print('exit', exc_type)
#       |         ^~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
