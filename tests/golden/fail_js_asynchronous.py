# RUN: rpyc -o %t %s
# `@asynchronous` functions need the asynchronous transform (not there yet).
from javascript import asynchronous


@asynchronous
def fetch_page(url):
    return url


def main(argv):
    fetch_page('x')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_js_asynchronous.py:12:5: error: calling an asynchronous function is not supported yet: asynchronous functions (`@asynchronous`, `async def`, `.wait()`) need the asynchronous transform [NotSupportedYet]
#    12 |     fetch_page('x')
#       |     ^~~~~~~~~~~~~~~
# exit: 1
