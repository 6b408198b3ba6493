# Decorators applied at import time: registration, wrapping, counting calls.

REGISTRY = {}
CALLS = {}


def register(name):
    def deco(f):
        REGISTRY[name] = f
        return f
    return deco


def counted(f):
    CALLS[f.__name__] = 0

    def wrapper(x):
        CALLS[f.__name__] += 1
        return f(x)
    return wrapper


def traced(f):
    def wrapper(a, b):
        r = f(a, b)
        print('  %s(%r, %r) -> %r' % (f.__name__, a, b, r))
        return r
    return wrapper


@register('double')
def double(x):
    return x * 2


@register('shout')
def shout(x):
    return str(x).upper() + '!'


@counted
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@traced
def combine(a, b):
    return a + b


def main(argv):
    for name in sorted(REGISTRY):
        print(name, REGISTRY[name]('21'), REGISTRY[name]('hey'))
    print(fib(15), CALLS['fib'])
    print(combine(1, 2), combine(30, 12))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
