# Values that may be None, used where CPython raises TypeError or
# AttributeError for None: each check happens at run time only where the
# annotation says the value may be None.


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

    def value(self):
        return self.v


def maybe_list(n):
    if n > 5:
        return None
    return [1, 2, 3]


def maybe_str(n):
    if n > 5:
        return None
    return "abc"


def maybe_dict(n):
    if n > 5:
        return None
    return {"a": 1}


def maybe_tuple(n):
    if n > 5:
        return None
    return (4, 5)


def maybe_node(n):
    if n > 5:
        return None
    return Node(n)


def maybe_set(n):
    if n > 5:
        return None
    return {1, 2}


def try_list(n):
    xs = maybe_list(n)
    try:
        print(len(xs))
    except TypeError as e:
        print("len:", e)
    try:
        print(xs[0])
    except TypeError as e:
        print("getitem:", e)
    try:
        print(xs[1:])
    except TypeError as e:
        print("getslice:", e)
    try:
        xs[0] = 7
        print(xs)
    except TypeError as e:
        print("setitem:", e)
    try:
        del xs[0]
        print(xs)
    except TypeError as e:
        print("delitem:", e)
    try:
        for x in xs:
            print("item", x)
    except TypeError as e:
        print("for:", e)
    try:
        print(2 in xs)
    except TypeError as e:
        print("in:", e)
    try:
        xs.append(4)
        print(xs)
    except AttributeError as e:
        print("append:", e)
    try:
        print(sorted(xs), sum(xs), list(xs), max(xs))
    except TypeError as e:
        print("builtins:", e)
    try:
        print(xs + [9])
    except TypeError as e:
        print("add:", e)
    try:
        print([9] + xs)
    except TypeError as e:
        print("radd:", e)
    try:
        print(xs * 2)
    except TypeError as e:
        print("mul:", e)


def try_str(n):
    s = maybe_str(n)
    try:
        print(s.upper())
    except AttributeError as e:
        print("upper:", e)
    try:
        print(s[0], s[1:], len(s))
    except TypeError as e:
        print("str items:", e)
    try:
        print("b" in s)
    except TypeError as e:
        print("str in:", e)
    try:
        print("x" + s)
    except TypeError as e:
        print("str add:", e)
    try:
        print(s + "x")
    except TypeError as e:
        print("str add left:", e)
    try:
        for c in s:
            print(c)
    except TypeError as e:
        print("str for:", e)


def try_dict(n):
    d = maybe_dict(n)
    try:
        print(d["a"])
    except TypeError as e:
        print("dict getitem:", e)
    try:
        d["b"] = 2
        print(len(d))
    except TypeError as e:
        print("dict setitem:", e)
    try:
        print(d.get("a", 0))
    except AttributeError as e:
        print("dict get:", e)
    try:
        print("a" in d)
    except TypeError as e:
        print("dict in:", e)
    try:
        for k in d:
            print(k)
    except TypeError as e:
        print("dict for:", e)
    st = maybe_set(n)
    try:
        st.add(3)
        print(len(st))
    except AttributeError as e:
        print("set add:", e)


def try_tuple(n):
    t = maybe_tuple(n)
    try:
        a, b = t
        print(a, b)
    except TypeError as e:
        print("unpack:", e)
    try:
        print(t[0])
    except TypeError as e:
        print("tuple getitem:", e)
    try:
        print(len(t))
    except TypeError as e:
        print("tuple len:", e)


def try_node(n):
    node = maybe_node(n)
    try:
        print(node.v)
    except AttributeError as e:
        print("attr:", e)
    try:
        node.v = 5
        print(node.v)
    except AttributeError as e:
        print("setattr:", e)
    try:
        print(node.value())
    except AttributeError as e:
        print("method:", e)
    # A linked list: the last node's `next` is None.
    head = Node(1)
    head.next = Node(2)
    cur = head
    total = 0
    try:
        while True:
            total += cur.v
            cur = cur.next
    except AttributeError as e:
        print("walk:", total, e)


def narrowed(n):
    xs = maybe_list(n)
    if xs is not None:
        print("narrowed", len(xs), xs[0])
    s = maybe_str(n)
    if s is None:
        s = "default"
    print(s.upper(), len(s))


def main(argv):
    for n in [len(argv), len(argv) + 10]:
        print("== n =", n)
        try_list(n)
        try_str(n)
        try_dict(n)
        try_tuple(n)
        try_node(n)
        narrowed(n)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
