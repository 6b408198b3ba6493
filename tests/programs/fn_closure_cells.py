# Closures see variables, not snapshots: late binding in loops, nonlocal
# counters, recursive nested functions, closures kept in lists and dicts,
# closures over floats, strings and instances (allocating: run under GC
# torture too).


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def late_binding():
    fs = []
    for i in range(4):
        fs.append(lambda: i * 10)
    return [f() for f in fs]


def make_counter(start, step):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    def peek():
        return count
    return tick, peek


def running_text():
    text = ''

    def add(word):
        nonlocal text
        if text:
            text = text + ' ' + word
        else:
            text = word
        return len(text)
    for w in ['closures', 'see', 'variables']:
        add(w)
    add('!')
    return text


def scaled(points, factor):
    def scale(p):
        return Point(p.x * factor, p.y * factor)
    return [scale(p) for p in points]


def fib_memo(n):
    cache = {}

    def fib(k):
        if k < 2:
            return k
        if k in cache:
            return cache[k]
        r = fib(k - 1) + fib(k - 2)
        cache[k] = r
        return r
    return fib(n)


def outer_sum(a):
    b = a * 2

    def middle(c):
        d = c + 1

        def inner(e):
            return a + b + c + d + e
        return inner(100)
    return middle(10)


def rebind_after(flag):
    msg = 'before'
    show = lambda: 'msg=' + msg
    first = show()
    msg = 'after' if flag else 'other'
    return first + ' ' + show()


def averager():
    total = 0.0
    n = 0

    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add


def main(argv):
    print(late_binding())
    tick, peek = make_counter(10, 5)
    print(tick(), tick(), peek(), tick(), peek())
    t2, p2 = make_counter(0, -1)
    print(t2(), t2(), p2(), peek())
    print(running_text())
    pts = scaled([Point(1, 2), Point(3, 4), Point(-5, 6)], 3)
    print([(p.x, p.y) for p in pts])
    print(fib_memo(50))
    print(outer_sum(1))
    print(rebind_after(True), '|', rebind_after(False))
    avg = averager()
    for v in [1.5, 2.5, 4.0, 10.0]:
        print(avg(v))
    handlers = {}
    for name in ['a', 'bb', 'ccc']:
        handlers[name] = lambda s: name + ':' + s
    print([handlers[k]('x') for k in ['ccc', 'a', 'bb']])
    words = []
    for k in range(200):
        label = 'w' + str(k)
        words.append(label)
    joined = lambda sep: sep.join(words[-3:])
    words.append('last')
    print(joined(','), len(words))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
