# collections.Counter and defaultdict with several factories.
from collections import Counter, defaultdict

TEXT = """the quick brown fox jumps over the lazy dog the dog barks
a quick brown dog and a lazy fox"""


class Bucket(object):
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


def make_pair():
    return [0, 0]


def main(argv):
    words = TEXT.split()
    c = Counter(words)
    print(c.most_common(3))
    print(c['the'], c['cat'], 'cat' in c, len(c))
    letters = Counter()
    for w in words:
        for ch in w:
            letters[ch] += 1
    print(letters.most_common(5))
    print(sorted(letters.items())[:4], sum(letters.values()), letters.total())
    c2 = Counter('abracadabra')
    print(c2)
    print(sorted(c2.elements()), list(c2.keys()))
    c2.update('aaz')
    print(c2.most_common(), c2.most_common(1))
    c2['b'] -= 2
    del c2['z']
    print(c2, Counter())
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    for k in sorted(groups):
        print(k, groups[k])
    seen = defaultdict(set)
    for w in words:
        seen[w[0]].add(w)
    print(sorted((k, sorted(v)) for k, v in seen.items())[:3])
    total = defaultdict(float)
    for i, w in enumerate(words):
        total[w] += i * 0.5
    print(total['dog'], total.get('cat', -1.0), len(total))
    names = defaultdict(str)
    for w in words[:4]:
        names[w[0]] += w
    print(names, dict(names))
    nested = defaultdict(dict)
    nested['a']['x'] = 1
    nested['b']['y'] = 2
    print(nested['a'], nested['b'], len(nested), nested)
    buckets = defaultdict(Bucket)
    for w in words:
        buckets[w[-1]].add(w)
    print(sorted((k, len(b.items)) for k, b in buckets.items()))
    pairs = defaultdict(make_pair)
    for w in words:
        pairs[w][0] += 1
        pairs[w][1] += len(w)
    print(pairs['dog'], 'cat' in pairs, pairs['cat'], 'cat' in pairs)
    counts = defaultdict(int)
    for w in words:
        counts[w] += 1
    del counts['a']
    print(counts)
    print([k for k in counts if counts[k] > 1], counts.pop('the'), len(counts))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
