# Generator expressions read the enclosing variables when they run, not
# when they are made (CPython's closures): a name rebound between the two
# is seen with its new value.


def scaled(data, k):
    g = (x * k for x in data)
    k = 10
    return list(g)


def in_generator(n):
    # The same inside a generator function: the cells live in its frame.
    k = 1
    g = (x * k for x in range(n))
    k = 5
    yield str(list(g))
    for i in range(2):
        h = (i + x for x in range(2))
        yield str(sum(h))
        i = 100
        yield str(list(h))


def main(argv):
    k = 1
    g = (x * k for x in range(3))
    k = 10
    print(list(g))

    gens = []
    for i in range(3):
        gens.append((i * x for x in range(3)))
    print([list(g) for g in gens])

    # A for loop over a generator expression whose variable the body rebinds.
    step = 1
    out = []
    for v in (x * step for x in range(4)):
        out.append(v)
        step = 100
    print(out)

    # Consumed at once by a built-in: the values of the moment.
    n = 3
    print(sum(x * n for x in range(4)), ','.join(str(x + n) for x in range(3)))
    print(max(x - n for x in range(5)), sorted((n - x for x in range(3))))
    print(scaled([1, 2], 2))

    # Assigned only after the generator expression was made.
    g2 = (x + late for x in range(2))
    late = 5
    print(list(g2))

    # next() between rebindings.
    mult = 1
    g3 = (c * mult for c in 'abc')
    mult = 2
    print(next(g3))
    mult = 3
    print(next(g3), list(g3))

    # A nested function rebinding the variable while the generator runs.
    total = 0

    def bump():
        nonlocal total
        total += 1
        return total

    print(list(bump() + total for _ in range(3)))
    print([x for x in (y + total for y in range(2))])
    print(list(in_generator(3)))

    # Closures made in a comprehension see the comprehension's variable,
    # not the function's variable of the same name.
    i = 10
    fs = [lambda: i for i in range(3)]
    print(i, [f() for f in fs])
    j = 10
    gs = [(x * j for x in range(2)) for j in range(3)]
    print(j, [list(g) for g in gs])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
