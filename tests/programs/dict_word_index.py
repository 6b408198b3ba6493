# A tiny inverted index: dict of str -> list of (line, col), queries.

TEXT = [
    'the cat sat on the mat',
    'the dog chased the cat',
    'a bird sat on the dog',
    'no cat no dog',
]


def build(lines):
    index = {}
    for ln in range(len(lines)):
        words = lines[ln].split()
        for col in range(len(words)):
            w = words[col]
            if w not in index:
                index[w] = []
            index[w].append((ln, col))
    return index


def query(index, a, b):
    la = set([p[0] for p in index.get(a, [])])
    lb = set([p[0] for p in index.get(b, [])])
    return sorted(la & lb)


def main(argv):
    idx = build(TEXT)
    print(len(idx), 'distinct words')
    for w in idx:
        print(w, idx[w])
    for a, b in [('cat', 'dog'), ('sat', 'on'), ('bird', 'cat'), ('the', 'zebra')]:
        print(a, b, query(idx, a, b))
    freq = [(len(idx[w]), w) for w in idx]
    freq.sort(reverse=True)
    print(freq[:4])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
