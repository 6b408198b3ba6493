# sort / sorted with key= and reverse=, stability, sorting strs and tuples.


def last_char(s):
    return s[-1]


class Emp(object):
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary


def main(argv):
    nums = [5, -2, 9, 0, -7, 3, 3, 12]
    a = sorted(nums)
    print(a, nums)
    nums.sort(reverse=True)
    print(nums)
    nums.sort(key=abs)
    print(nums)
    words = ['pear', 'Apple', 'fig', 'banana', 'kiwi', 'date', 'apple']
    print(sorted(words))
    print(sorted(words, key=len))
    print(sorted(words, key=len, reverse=True))
    print(sorted(words, key=last_char))
    print(sorted(words, key=lambda w: w.lower()))
    pts = [(3, 'c'), (1, 'z'), (3, 'a'), (2, 'm'), (1, 'b')]
    print(sorted(pts))
    print(sorted(pts, key=lambda p: p[1]))
    print(sorted(pts, key=lambda p: -p[0]))
    emps = [Emp('ann', 'eng', 120), Emp('bob', 'ops', 90), Emp('cat', 'eng', 95),
            Emp('dan', 'ops', 90), Emp('eve', 'eng', 120)]
    emps.sort(key=lambda e: e.salary, reverse=True)
    print([e.name for e in emps])
    emps.sort(key=lambda e: (e.dept, -e.salary, e.name))
    print([(e.dept, e.name, e.salary) for e in emps])
    fl = [2.5, -0.5, 1e3, 3.25, 0.0]
    fl.sort()
    print(fl)
    print(sorted('hello world'))
    print(sorted([True, False, True]))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
