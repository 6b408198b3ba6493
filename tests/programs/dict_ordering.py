# Insertion-ordered iteration, re-insertion after delete, overwrite keeps order.


def main(argv):
    d = {}
    for w in ['delta', 'alpha', 'charlie', 'bravo']:
        d[w] = len(w)
    print(list(d))
    d['alpha'] = 100
    print(list(d.items()))
    del d['delta']
    d['delta'] = 0
    print(list(d.keys()))
    for k in d:
        print(k, d[k])
    nums = {}
    for i in [5, 3, 9, 1, 7, 3, 5]:
        nums[i] = nums.get(i, 0) + 1
    print(nums)
    for i in range(100):
        nums[i % 13 + 20] = i
    print(list(nums.keys()))
    for i in range(20, 33, 2):
        del nums[i]
    print(nums)
    big = {}
    for i in range(1000):
        big[i * 7 % 1000] = i
    for i in range(0, 1000, 3):
        del big[i]
    ks = list(big.keys())
    print(len(big), ks[:10], ks[-5:])
    print({k: v for k, v in zip('cab', [1, 2, 3])})
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
