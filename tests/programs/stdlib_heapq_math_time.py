# heapq on ints, math additions (modf, frexp, ldexp, lcm, comb,
# perm, expm1, log1p, constants) and time's clocks (only sanity is
# printed: the values differ from run to run).
import heapq
import math
import time


def heap_sort(values):
    h = []
    for v in values:
        heapq.heappush(h, v)
    out = []
    while h:
        out.append(heapq.heappop(h))
    return out


def main(argv):
    t0 = time.time()
    c0 = time.perf_counter()
    print(heap_sort([5, 1, 8, 3, 9, 2, 7]))
    data = [9, 4, 7, 1, 8, 2, 6]
    heapq.heapify(data)
    print(data, heapq.heappushpop(data, 5), heapq.heapreplace(data, 0), data)
    print(heapq.nsmallest(3, [5, 2, 9, 1, 7]), heapq.nlargest(2, [5, 2, 9, 1, 7]))
    try:
        heapq.heappop([0][:0])
    except IndexError as e:
        print('IndexError:', str(e))
    fr, whole = math.modf(3.25)
    m, e = math.frexp(8.0)
    print(fr, whole, m, e, math.ldexp(0.75, 4), math.ldexp(m, e))
    a, b = math.modf(-2.5)
    print(a, b, math.frexp(0.0)[1], math.frexp(-3.0)[0])
    print(math.lcm(4, 6), math.lcm(0, 5), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2))
    print(math.comb(60, 30), math.perm(20, 20))
    print(math.expm1(0.0), math.log1p(0.0), math.e, math.tau, math.inf, -math.inf)
    print(math.isnan(math.nan), math.isinf(math.inf), math.floor(-2.5), math.ceil(-2.5))
    try:
        math.comb(-1, 2)
    except ValueError as e:
        print('ValueError:', str(e))
    t1 = time.time()
    c1 = time.perf_counter()
    print(t1 >= t0, t0 > 1600000000.0, c1 >= c0, c1 - c0 < 60.0)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
