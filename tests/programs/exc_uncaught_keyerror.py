# Ends with an uncaught KeyError on a str key.


def lookup(table, name):
    return table[name]


def main(argv):
    table = {'alpha': 1, 'beta': 2}
    for k in ['alpha', 'beta']:
        print(k, lookup(table, k))
    table['gamma'] = 3
    print(sorted(table.keys()))
    print('delta', lookup(table, 'delta'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
