# heapq: heappush/heappop/heapify/nsmallest/nlargest, k-way merge.
import heapq


def main(argv):
    h = []
    for x in [5, 1, 8, 3, 9, 2, 7]:
        heapq.heappush(h, x)
        print(h[0], end=' ')
    print()
    out = []
    while h:
        out.append(heapq.heappop(h))
    print(out)
    data = [9, 4, 7, 1, 8, 2, 6]
    heapq.heapify(data)
    print(data[0], sorted(data))
    print(heapq.nsmallest(3, [5, 2, 9, 1, 7]), heapq.nlargest(2, [5, 2, 9, 1, 7]))
    tasks = []
    heapq.heappush(tasks, (3, 'write'))
    heapq.heappush(tasks, (1, 'plan'))
    heapq.heappush(tasks, (2, 'code'))
    heapq.heappush(tasks, (1, 'coffee'))
    while tasks:
        pri, name = heapq.heappop(tasks)
        print(pri, name)
    lists = [[1, 4, 9], [2, 3, 10], [0, 5]]
    heap = []
    for i in range(len(lists)):
        heapq.heappush(heap, (lists[i][0], i, 0))
    merged = []
    while heap:
        v, li, idx = heapq.heappop(heap)
        merged.append(v)
        if idx + 1 < len(lists[li]):
            heapq.heappush(heap, (lists[li][idx + 1], li, idx + 1))
    print(merged)
    print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
