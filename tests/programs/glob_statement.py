# The `global` statement: module-level variables that functions rebind,
# of every kind of value, read from any function, nested functions and
# generators; names no function rebinds stay constants.
COUNT = 0
TOTAL = 0.5
NAME = 'start'
ITEMS = None
TABLE = {'a': 1}
PAIR = (0, 'zero')
LIMIT = 3          # never rebound: a constant (folded)
SEEN = []          # mutated, never rebound


def bump(by=1):
    global COUNT
    COUNT += by
    return COUNT


def record(word):
    global NAME, ITEMS, TOTAL
    NAME = NAME + '/' + word
    if ITEMS is None:
        ITEMS = []
    ITEMS.append(word)
    TOTAL *= 2.0
    SEEN.append(len(word))


def swap_table():
    global TABLE, PAIR
    old = TABLE
    TABLE = {'b': 2, 'c': 3}
    PAIR = (PAIR[0] + 1, 'one')
    return old


def reader():
    global COUNT          # declared, only read
    return COUNT * 10


def countdown():
    global COUNT
    while COUNT > 0:
        COUNT -= 1
        yield COUNT


def make_adder():
    def add(x):
        return x + COUNT + LIMIT
    return add


def nested_setter(n):
    def inner():
        global COUNT
        COUNT = n
    inner()


def churn(n):
    # Allocates while the global holds the only reference to a list.
    global ITEMS
    for i in range(n):
        ITEMS = [str(i)] + ITEMS[:3]
        junk = [j * i for j in range(50)]
    return len(junk)


def main(argv):
    print(COUNT, TOTAL, NAME, ITEMS, TABLE, PAIR)
    for i in range(4):
        bump()
    bump(by=6)
    print(COUNT, reader())
    record('x')
    record('yz')
    print(NAME, ITEMS, TOTAL, SEEN)
    old = swap_table()
    print(old, TABLE, PAIR)
    add = make_adder()
    print(add(1))
    print(list(countdown()), COUNT, add(1))
    nested_setter(7)
    print(COUNT, add(0))
    churn(200)
    print(ITEMS)
    if LIMIT > 2:
        print('limit', LIMIT)
    return COUNT - 7


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
