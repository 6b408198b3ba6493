# Iterating lists: for, enumerate, zip, reversed, while with index, mutation.


def main(argv):
    fruits = ['apple', 'banana', 'cherry']
    prices = [1.25, 0.5, 3.0]
    for f in fruits:
        print(f, len(f))
    for i, f in enumerate(fruits):
        print(i, f)
    for i, f in enumerate(fruits, 1):
        print('#%d %s' % (i, f))
    for f, p in zip(fruits, prices):
        print('%-8s %5.2f' % (f, p))
    for f in reversed(fruits):
        print(f[::-1])
    i = 0
    while i < len(fruits):
        fruits[i] = fruits[i].capitalize()
        i += 1
    print(fruits)
    nums = [1, 2, 3, 4, 5, 6]
    for j in range(len(nums) - 1, -1, -1):
        if nums[j] % 2 == 0:
            del nums[j]
    print(nums)
    total = 0
    for row in [[1, 2], [3, 4], [5]]:
        for x in row:
            total += x
    print(total)
    pairs = list(zip([1, 2, 3], 'abc'))
    print(pairs)
    for n, (a, b) in enumerate(pairs):
        print(n, a, b)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
