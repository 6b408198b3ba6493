# Functions returning tuples; tuples in for loops; enumerate/zip unpacking.


def min_max_idx(xs):
    lo = 0
    hi = 0
    for i in range(len(xs)):
        if xs[i] < xs[lo]:
            lo = i
        if xs[i] > xs[hi]:
            hi = i
    return (lo, xs[lo]), (hi, xs[hi])


def split_name(full):
    parts = full.split(' ')
    return parts[0], parts[-1], len(parts)


def parse_point(s):
    a, b = s.split(',')
    return float(a), float(b)


def main(argv):
    (li, lv), (hi, hv) = min_max_idx([4, -2, 9, 9, -2, 0])
    print(li, lv, hi, hv)
    for name in ['Ada Lovelace', 'Alan Mathison Turing', 'Grace Hopper']:
        first, last, n = split_name(name)
        print(last + ', ' + first, n)
    pts = [parse_point(s) for s in ['1,2', '3.5,-1', '0,0.25']]
    print(pts)
    sx = 0.0
    sy = 0.0
    for x, y in pts:
        sx += x
        sy += y
    print(sx, sy)
    table = [('a', 1), ('b', 2), ('c', 3)]
    for i, (k, v) in enumerate(table):
        print(i, k, v * i)
    keys = [k for k, v in table]
    vals = [v for k, v in table]
    print(keys, vals)
    res = divmod(-17, 5)
    print(res, res[0] * 5 + res[1])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
