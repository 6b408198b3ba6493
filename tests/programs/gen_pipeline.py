# Chained generators as a lazy data pipeline over log lines.

LOG = [
    '2024-01-01 INFO start server port=8080',
    '2024-01-01 WARN slow request ms=1200',
    '2024-01-02 ERROR db timeout ms=5000',
    '2024-01-02 INFO request ok ms=35',
    '2024-01-03 ERROR disk full',
    '2024-01-03 INFO request ok ms=50',
    '2024-01-03 WARN slow request ms=900',
]


def parse(lines):
    for line in lines:
        parts = line.split(' ')
        yield parts[0], parts[1], ' '.join(parts[2:])


def only(level, records):
    for r in records:
        if r[1] == level:
            yield r


def durations(records):
    for date, level, msg in records:
        for tok in msg.split(' '):
            if tok.startswith('ms='):
                yield int(tok[3:])


def numbered(it, start):
    n = start
    for x in it:
        yield n, x
        n += 1


def main(argv):
    for n, r in numbered(only('ERROR', parse(LOG)), 1):
        print(n, r)
    ds = list(durations(parse(LOG)))
    print(ds, sum(ds), max(ds))
    warn_ms = sum(durations(only('WARN', parse(LOG))))
    print('warn total', warn_ms)
    per_day = {}
    for date, level, msg in parse(LOG):
        per_day[date] = per_day.get(date, 0) + 1
    print(per_day)
    print(sorted(set(r[1] for r in parse(LOG))))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
