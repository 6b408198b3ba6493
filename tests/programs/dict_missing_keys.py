# Handling missing keys: KeyError, in, get, del of missing key, pop.


def main(argv):
    stock = {'apples': 3, 'pears': 0}
    for item in ['apples', 'plums', 'pears']:
        try:
            print(item, stock[item])
        except KeyError as e:
            print('no such item', e)
    try:
        del stock['kiwis']
    except KeyError as e:
        print('del failed', e)
    try:
        stock.pop('figs')
    except KeyError as e:
        print('pop failed', e)
    try:
        print({1: 2}[2])
    except KeyError as e:
        print('int key', e, repr(str(e)))
    try:
        print({(1, 2): 3}[(2, 1)])
    except KeyError as e:
        print('tuple key', e)
    try:
        print({}['it\'s'])
    except KeyError as e:
        print('quoted key', e)
    print(stock.get('plums', 0) + 1, 'plums' in stock)
    if 'pears' in stock and not stock['pears']:
        print('pears out of stock')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
