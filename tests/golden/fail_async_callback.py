# RUN: rpyc -o %t %s
# JS cannot receive an asynchronous function (it would need its promise).
from javascript import asynchronous, js


@asynchronous
def fetch_page(url):
    return url


def main(argv):
    js.setTimeout(fetch_page, 10)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_async_callback.py:12:5: error: passing an asynchronous function to JS is not supported yet: JS cannot receive an asynchronous function yet (its promise); pass a plain function that starts it [NotSupportedYet]
#    12 |     js.setTimeout(fetch_page, 10)
#       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# exit: 1
