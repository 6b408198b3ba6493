def total(xs):
    s = 0
    for x in xs:
        s += x
    return s

def main(argv):
    a = [3, 1, 2]
    a.append(10)
    a.insert(0, -5)
    print(a, len(a), total(a))
    a.sort()
    print(a)
    a.sort(reverse=True)
    print(a, a[1:3], a[::-1], a[-1])
    b = a + [7, 8]
    b.remove(7)
    print(b, b.index(10), b.count(1), 3 in b, 99 in b)
    c = b.pop()
    d = b.pop(0)
    print(c, d, b)
    del b[1]
    b[0] = 42
    print(b)
    words = ["pear", "apple", "fig"]
    words.sort()
    print(words)
    for w in words:
        print(w, len(w))
    fl = [1.5, 2.25]
    fl += [3.0]
    print(fl, fl * 2)
    x, y = 1, "two"
    print(x, y)
    p, q = [5, 6]
    print(p + q)
    e = []
    for i in range(5):
        e.append(i * i)
    print(e)
    return 0

def target(*args):
    return main, None



if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
