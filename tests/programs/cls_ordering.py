# __eq__ / __lt__ / __le__ used by sorted, min, max, list.sort and ==.


class Version(object):
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        return self.key() == other.key()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __gt__(self, other):
        return self.key() > other.key()

    def __str__(self):
        return '%d.%d.%d' % self.key()


class Card(object):
    RANKS = '23456789TJQKA'

    def __init__(self, text):
        self.rank = Card.RANKS.index(text[0])
        self.suit = text[1]
        self.text = text

    def __lt__(self, other):
        if self.rank != other.rank:
            return self.rank < other.rank
        return self.suit < other.suit


def main(argv):
    vs = [Version(1, 2, 3), Version(0, 9, 9), Version(1, 10, 0),
          Version(1, 2, 3), Version(1, 2, 0)]
    print([str(v) for v in sorted(vs)])
    print([str(v) for v in sorted(vs, reverse=True)])
    print(str(min(vs)), str(max(vs)))
    print(vs[0] == vs[3], vs[0] != vs[3], vs[0] is vs[3])
    print(vs[1] < vs[2], vs[2] <= vs[1], vs[2] > vs[4])
    print(vs[0] in [Version(1, 2, 3)], vs.index(Version(1, 2, 3)))
    print(vs.count(Version(1, 2, 3)))
    cards = [Card(t) for t in ['Ks', '2h', 'Ah', 'Td', 'Kh', '2c']]
    cards.sort()
    print(' '.join([c.text for c in cards]))
    print(max(cards).text, min(cards).text)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
