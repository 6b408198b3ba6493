# A missing dict key raises KeyError with the key's repr.


def main(argv):
    d = {'a': 1}
    d['b'] = 2
    print(d['a'] + d['b'])
    return d['missing']


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
