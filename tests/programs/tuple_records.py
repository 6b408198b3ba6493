# Tuples as lightweight records: grouping, sorting and aggregating.

SALES = [
    ('north', 'widget', 3, 2.5),
    ('south', 'gadget', 1, 10.0),
    ('north', 'gadget', 2, 10.0),
    ('east', 'widget', 7, 2.5),
    ('south', 'widget', 4, 2.5),
    ('north', 'widget', 1, 2.5),
]


def main(argv):
    by_region = {}
    for region, product, qty, price in SALES:
        total = by_region.get(region, (0, 0.0))
        by_region[region] = (total[0] + qty, total[1] + qty * price)
    for region in sorted(by_region):
        n, money = by_region[region]
        print('%-6s %3d %8.2f' % (region, n, money))
    by_product = {}
    for rec in SALES:
        by_product.setdefault(rec[1], []).append(rec)
    for p in by_product:
        recs = by_product[p]
        print(p, len(recs), sum([r[2] for r in recs]))
    best = max(SALES, key=lambda r: r[2] * r[3])
    print('best', best)
    ranked = sorted(SALES, key=lambda r: (r[0], -r[2]))
    for r in ranked:
        print(r)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
