# RecursionError across the ways the depth travels between frames: from
# one recursive function to another directly, through a function that
# does not recurse, through a sort key the runtime calls back, through a
# method; sys.setrecursionlimit called deep inside a recursion; an error
# caught inside the recursion, after which the recursion goes on.
import sys


def deep_b(n):
    if n == 0:
        return 0
    return 1 + deep_b(n - 1)


def plain(n):
    # Recurses nowhere itself.
    return deep_b(n)


def deep_a(n, m, how):
    if n == 0:
        if how == 0:
            return deep_b(m)
        if how == 1:
            return plain(m)
        if how == 2:
            return len(sorted([str(i) for i in range(3)], key=lambda s: deep_b(m) + len(s)))
        return Walker().walk(m)
    return 1 + deep_a(n - 1, m, how)


class Walker:
    def walk(self, n):
        if n == 0:
            return 0
        return 1 + self.walk(n - 1)


def catch_inside(n, at):
    # At depth `at`, provokes a RecursionError, catches it and goes on.
    if n == at:
        try:
            deep_b(100000)
        except RecursionError:
            pass
    if n == 0:
        return 0
    return 1 + catch_inside(n - 1, at)


def set_limit_at(n, limit):
    if n == 0:
        try:
            sys.setrecursionlimit(limit)
            return 1
        except RecursionError:
            return -1
    return set_limit_at(n - 1, limit)


def main(argv):
    for how in range(4):
        print("how", how, deep_a(300, 300, how))
        try:
            print(deep_a(600, 600, how))
        except RecursionError as e:
            print("how", how, "RecursionError:", e)
    print(catch_inside(400, 200))
    print(catch_inside(400, 200))
    print(set_limit_at(500, 50))
    print(sys.getrecursionlimit())
    print(set_limit_at(500, 5000))
    print(sys.getrecursionlimit(), deep_b(3000))
    sys.setrecursionlimit(1000)
    try:
        deep_b(3000)
    except RecursionError as e:
        print("back to 1000:", e)
    print(deep_b(900))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    sys.exit(main(sys.argv))
