# Newton's method for square roots in floats, with an iteration count.

EPSILON = 1e-12


def newton_sqrt(x):
    if x == 0.0:
        return 0.0
    guess = x
    if guess < 1.0:
        guess = 1.0
    i = 0
    while i < 100:
        nxt = (guess + x / guess) / 2.0
        if guess - nxt < EPSILON and nxt - guess < EPSILON:
            return nxt
        guess = nxt
        i = i + 1
    return guess


def main(argv):
    print(newton_sqrt(2.0))
    print(newton_sqrt(9.0))
    print(newton_sqrt(0.25))
    print(newton_sqrt(1e10))
    print(newton_sqrt(0.0))
    for n in range(1, 11):
        r = newton_sqrt(float(n))
        print("sqrt(%d) ~ %.3f  err<1e-9: %s" % (n, r, r * r - n < 1e-9 and n - r * r < 1e-9))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
