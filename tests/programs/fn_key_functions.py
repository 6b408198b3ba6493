# Functions as keys and arguments of built-ins: sorted(), list.sort(),
# min() and max() with key= (lambdas, nested functions, module-level
# functions, built-ins; reverse=; stability), map() and filter().


class Employee(object):
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary


def last_char(s):
    return s[-1]


def by_length_then_text(s):
    return (len(s), s)


def main(argv):
    words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'Cherry']
    print(sorted(words, key=len))
    print(sorted(words, key=len, reverse=True))
    print(sorted(words, key=last_char))
    print(sorted(words, key=lambda w: w.lower()))
    print(sorted(words, key=by_length_then_text))
    print(min(words, key=len), max(words, key=len), max(words, key=last_char))
    nums = [5, -3, 2, -8, 7, 0, -1]
    nums.sort(key=abs)
    print(nums)
    nums.sort(key=lambda v: -v, reverse=True)
    print(nums)
    print(min(nums, key=abs), max(nums, key=lambda v: v * v), min(3, -4, 1, key=abs))
    pts = [(1, 5.5), (3, 2.25), (2, 9.0), (0, 2.25)]
    print(sorted(pts, key=lambda p: p[1]), sorted(pts, key=lambda p: -p[0]))
    emps = [Employee('ann', 'eng', 120), Employee('bob', 'ops', 90),
            Employee('cy', 'eng', 150), Employee('di', 'ops', 90), Employee('ed', 'eng', 120)]
    emps.sort(key=lambda e: e.salary, reverse=True)
    print([e.name for e in emps])
    emps.sort(key=lambda e: (e.dept, -e.salary, e.name))
    print([(e.dept, e.name) for e in emps])
    threshold = 100
    rich = filter(lambda e: e.salary > threshold, emps)
    print([e.name for e in rich])
    print(max(emps, key=lambda e: e.salary).name, min(emps, key=lambda e: e.name).name)
    print(list(map(len, words)), list(map(str, [1, 2])))
    print(list(map(lambda a, b: a * b, [1, 2, 3, 4], [10, 20, 30])))
    print(list(filter(None, [0, 3, 0, 5])), list(filter(lambda s: 'a' in s, words)))
    total = 0
    for sq in map(lambda v: v * v, range(5)):
        total += sq
    print(total)
    counts = {'x': 3, 'y': 1, 'z': 3, 'w': 2}
    print(sorted(counts, key=lambda k: counts[k]), max(counts, key=lambda k: counts[k]))
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    flags = [True, False, True]
    print(sorted(range(3), key=lambda i: flags[i]))
    empty = [w for w in words if len(w) > 10]
    print(sorted(empty, key=len))
    try:
        print(min(empty, key=len))
    except ValueError as e:
        print('ValueError')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
