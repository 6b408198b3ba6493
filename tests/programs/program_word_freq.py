# stdin-file: data/words.txt
# A word-frequency counter reading stdin: normalizes words, counts them,
# and prints the top words, word lengths and per-line statistics.
import sys


def normalize(word):
    out = ''
    for c in word.lower():
        if c.isalpha() or c == "'":
            out += c
    return out.strip("'")


def main(argv):
    counts = {}
    first_seen = {}
    lines = 0
    total = 0
    longest_line = ''
    for line in sys.stdin:
        lines += 1
        if len(line.rstrip('\n')) > len(longest_line):
            longest_line = line.rstrip('\n')
        for raw in line.split():
            w = normalize(raw)
            if not w:
                continue
            total += 1
            if w not in counts:
                counts[w] = 0
                first_seen[w] = lines
            counts[w] += 1
    print('lines', lines, 'words', total, 'distinct', len(counts))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for w, n in ranked[:10]:
        print('%-10s %3d %s (first on line %d)' % (w, n, '*' * n, first_seen[w]))
    by_len = {}
    for w in counts:
        by_len[len(w)] = by_len.get(len(w), 0) + 1
    for n in sorted(by_len):
        print('len %2d: %d' % (n, by_len[n]))
    once = sorted([w for w in counts if counts[w] == 1])
    print(len(once), 'hapaxes, first five:', once[:5])
    print('longest line:', repr(longest_line))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
