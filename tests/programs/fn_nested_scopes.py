# Nested function scopes: reading globals, global statement, shadowing.

COUNTER = 0
NAMES = []


def bump():
    global COUNTER
    COUNTER += 1
    return COUNTER


def record(name):
    NAMES.append(name)


def shadow():
    COUNTER = 'local'
    return COUNTER


def make_greeter(greeting):
    def greet(name):
        punct = '!' if greeting.isupper() else '.'
        return greeting + ', ' + name + punct
    return greet


def main(argv):
    for i in range(3):
        bump()
    print(COUNTER, shadow(), COUNTER)
    record('a')
    record('b')
    print(NAMES)
    hi = make_greeter('Hi')
    yo = make_greeter('YO')
    print(hi('ann'), yo('bob'))
    def local_helper(x):
        return x + COUNTER
    print(local_helper(10))
    bump()
    print(local_helper(10))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
