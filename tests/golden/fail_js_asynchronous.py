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
# exit: 1
