# RecursionError past sys.getrecursionlimit(): caught (also as
# RuntimeError / Exception), repeated, through mutual recursion, methods
# dispatched on the class, function values and a sort key; the limit read
# and changed with sys.getrecursionlimit / sys.setrecursionlimit.
import sys


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


class Node:
    def depth(self, n):
        return 0


class Chain(Node):
    def __init__(self, nxt):
        self.nxt = nxt

    def depth(self, n):
        if n == 0:
            return 0
        return 1 + self.nxt.depth(n - 1)


def apply(f, n):
    return f(n)


def through_value(n):
    if n == 0:
        return 0
    return 1 + apply(through_value, n - 1)


def key_of(s):
    # Recursion inside a sort key called back by the runtime.
    if len(s) > 2000:
        return key_of(s + "x")
    return len(s)


def count_caught(n):
    caught = 0
    for i in range(n):
        try:
            down(10 ** 5)
        except RecursionError:
            caught += 1
    return caught


def main(argv):
    print(down(500))
    print(is_even(400), is_odd(301))
    try:
        down(20000)
        print("no error")
    except RecursionError as e:
        print("RecursionError:", e)
    print(count_caught(5))
    try:
        is_even(10 ** 6)
    except RuntimeError as e:
        print("as RuntimeError:", e)
    c = Chain(Node())
    c.nxt = c
    try:
        print(c.depth(10 ** 6))
    except Exception as e:
        print("method:", e)
    print(c.depth(100))
    try:
        through_value(10 ** 6)
    except RecursionError as e:
        print("function value:", e)
    words = ["b" * 3, "a" * 2001, "c"]
    try:
        print(sorted(words, key=key_of))
    except RecursionError as e:
        print("sort key:", e)
    # The limit: down(n) still works after every error above.
    print(down(800))
    old = sys.getrecursionlimit()
    print(old)
    sys.setrecursionlimit(3000)
    print(sys.getrecursionlimit(), down(2500))
    sys.setrecursionlimit(old)
    try:
        down(2500)
    except RecursionError as e:
        print("back to", sys.getrecursionlimit(), e)
    try:
        sys.setrecursionlimit(0)
    except ValueError as e:
        print("ValueError:", e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    sys.exit(main(sys.argv))
