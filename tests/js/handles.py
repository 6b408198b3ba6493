# Lifetimes: a million JS objects and callbacks made in a loop must not
# pile up in the JS value table (each is released when the program's
# handle is collected), and memory stays bounded.
from javascript import js, live_handles, Function


def tick(x):
    return x


def main(argv):
    n = 1000000
    keep = js.Object.new()
    for i in range(n):
        o = js.Object.new()
        o.i = i
        f = Function(tick)
        if i % 250000 == 0:
            keep.last = o
    live = live_handles()
    print('live handles after %d objects: bounded' % n if live < 1000 else 'leak: %d' % live)
    rss = float(js.process.memoryUsage().rss) / 1048576.0
    print('rss bounded' if rss < 300.0 else 'rss too large: %f' % rss)
    js.console.error('rpyc-measure live=%d rss_mb=%.1f' % (live, rss))
    return 0


def target(*args):
    return main, None
