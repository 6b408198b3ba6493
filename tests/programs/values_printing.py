# str()/repr()/print() of values of any type: nested containers, floats,
# strings with quoting, None items, instances inside containers (their
# __repr__), %-formatting, exceptions with 0, 1 or several arguments.


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return 'Card(%r, %r)' % (self.rank, self.suit)

    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return 'Named ' + self.name

    def __repr__(self):
        return 'Named(%r)' % self.name


class AppError(Exception):
    pass


class CodedError(AppError):
    def __init__(self, code, detail):
        AppError.__init__(self, 'code %d: %s' % (code, detail))
        self.code = code


def find(d, key):
    try:
        return d[key]
    except KeyError as e:
        print('KeyError', e, str(e))
        return -1


def find_pair(d, key):
    try:
        return d[key]
    except KeyError as e:
        print('KeyError', e)
        return -1


def main(argv):
    print([[1.0, 2.0], [], [3.5, -0.0, 1e22]], (1,), (), ((1, 2), ('a', "b'c")))
    print({'x': [1, 2], 'y': []}, {1: (2.5, 'z')}, {(1, 2): {'k': None}})
    print([None, 'a', None], (None, None), [[None]])
    words = ['it\'s', 'say "hi"', 'tab\there', 'back\\slash', 'caf\u00e9']
    print(words, (words[0], words[1]))
    print(str([1.0, 2.25]), repr(('x', 1)), str({'a': {'b': 'c'}}))
    hand = [Card(10, 'h'), Card(2, 's'), Card(10, 'c')]
    print(hand, sorted(hand), min(hand), max(hand))
    print(Card(2, 's') in hand, hand.index(Card(10, 'c')), hand.count(Card(10, 'h')))
    print({'best': [hand[0]], 'all': hand[1:]}, (hand[0], 'x'))
    n = Named('ann')
    print(n, [n], str(n), repr(n), '%s|%r' % (n, n), '%s' % [n, n])
    maybe = [n, None]
    print(maybe)
    print('%s and %r' % ((1, 'a'), [1.5, 2.5]), '%5s|%-4r|' % ('ab', 'c'))
    print(f'{(1, "a")} {[1, 2]!r} {{1: 2}}')
    errors = [ValueError('bad value'), AppError(), AppError('one'), AppError('two', 3),
              CodedError(7, 'seven'), KeyError('k'), IndexError(4)]
    for e in errors:
        print('error:', e, '[' + str(e) + ']')
    try:
        raise CodedError(9, 'nine')
    except AppError as e:
        print('caught', e, isinstance(e, CodedError))
    print(find({'a': 1}, 'b'), find_pair({(1, 2): 3}, (2, 1)), find({'1': 2}, "it's"))
    try:
        raise AppError('x', (1, 2), [3])
    except AppError as e:
        print(e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
