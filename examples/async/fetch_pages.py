# The seed README's example: an @asynchronous get_page(url) awaiting
# fetch(url) and response.text(), and get_pages() awaiting two pages.
# Node's built-in fetch; the URLs come from the command line:
#   rpyc examples/async/fetch_pages.py && node fetch_pages.js URL1 URL2
from javascript import Object, asynchronous
from javascript.typing import Function

Response = Object({'text': Function})


@asynchronous
def get_page(url):
    fetch = Object('fetch')
    fetch_response = fetch.call(url).wait()
    response = Response(fetch_response)
    if not response.ok.toBool():
        return 'HTTP %d' % response.status.toInt()
    text = response.text().wait()
    return text.toString()


@asynchronous
def get_pages(first, second):
    one, two = get_page(first).wait(), get_page(second).wait()
    print(one.strip())
    print(two.strip())
    print('lengths', len(one), len(two))


def main(argv):
    if len(argv) < 3:
        print('usage: fetch_pages URL1 URL2')
        return 2
    get_pages(argv[1], argv[2])
    return 0


def target(*args):
    return main, None
