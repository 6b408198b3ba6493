# List comprehensions with conditions, nesting and function calls.


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def main(argv):
    squares = [i * i for i in range(10)]
    print(squares)
    evens = [x for x in squares if x % 2 == 0]
    print(evens)
    primes = [p for p in range(50) if is_prime(p)]
    print(primes, len(primes))
    pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 3 == 0]
    print(pairs)
    matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
    print(matrix)
    flat = [x for row in matrix for x in row if x % 2 == 1]
    print(flat)
    transposed = [[row[i] for row in matrix] for i in range(3)]
    print(transposed)
    words = ['apple', 'Banana', 'cherry', 'date', 'Elderberry', 'fig']
    print([w.upper() for w in words if len(w) > 4])
    print([w[0] for w in words])
    print([len(w) for w in words])
    labels = ['even' if n % 2 == 0 else 'odd' for n in range(5)]
    print(labels)
    floats = [x / 4 for x in range(6)]
    print(floats)
    nested = [[j for j in range(i)] for i in range(5)]
    print(nested)
    x = 10
    shadow = [x for x in range(3)]
    print(shadow, x)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
