# Nested functions and lambdas capturing variables; nonlocal counters.


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter(start):
    count = start

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def make_accumulator():
    items = []

    def acc(x):
        items.append(x)
        return len(items)
    return acc, items


def compose(f, g):
    return lambda x: f(g(x))


def outer(x):
    y = x * 2

    def middle(z):
        def inner(w):
            return x + y + z + w
        return inner(z * 10)
    return middle(1)


def main(argv):
    add5 = make_adder(5)
    add10 = make_adder(10)
    print(add5(1), add10(1), add5(add10(100)))
    c1 = make_counter(0)
    c2 = make_counter(100)
    print(c1(1), c1(1), c2(5), c1(10), c2(-50))
    acc, items = make_accumulator()
    acc('a')
    acc('b')
    print(acc('c'), items)
    double_then_inc = compose(make_adder(1), lambda x: x * 2)
    print(double_then_inc(5), compose(double_then_inc, double_then_inc)(1))
    print(outer(3))
    scale = 3
    mul = lambda v: v * scale
    print([mul(i) for i in range(4)])
    adders = [make_adder(i) for i in range(3)]
    print([f(10) for f in adders])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
