# Prebuilt module-level instances, lists of instances and dicts built at
# import time, read and mutated at run time.


class Item(object):
    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock
        self.history = []
        self.parent = None

    def sell(self, n):
        if n > self.stock:
            return False
        self.stock -= n
        self.history.append(n)
        return True


class Shop(object):
    open_days = 6

    def __init__(self, title):
        self.title = title
        self.items = []
        self.by_name = {}
        self.revenue = 0.0

    def add(self, item):
        self.items.append(item)
        self.by_name[item.name] = item
        item.parent = self
        return item


SHOP = Shop('corner')
APPLE = SHOP.add(Item('apple', 0.5, 10))
PEAR = SHOP.add(Item('pear', 0.75, 4))
TABLE = [APPLE, PEAR, Item('plum', 0.25, 0)]
PRICES = {'apple': 0.5, 'pear': 0.75, 'fig': 2.0}
ALIASES = {'a': APPLE, 'p': PEAR}
COUNTS = {1: 'one', 2: 'two'}


def sell(name, n):
    item = SHOP.by_name.get(name)
    if item is None:
        print('no', name)
        return
    if item.sell(n):
        SHOP.revenue += item.price * n
        print('sold', n, name, 'left', item.stock)
    else:
        print('cannot sell', n, name)


def main(argv):
    print(SHOP.title, len(SHOP.items), SHOP.open_days, APPLE.parent is SHOP)
    sell('apple', 3)
    sell('pear', 5)
    sell('pear', 4)
    sell('kiwi', 1)
    ALIASES['a'].sell(1)
    ALIASES['p'] = TABLE[2]
    for key in ALIASES:
        it = ALIASES[key]
        print(key, it.name, it.stock, it.history, it.parent is None)
    for it in TABLE:
        print(it.name, it.price, it.stock, it.history)
    PRICES['kiwi'] = 1.25
    del PRICES['fig']
    for name in PRICES:
        print(name, PRICES[name])
    print(len(PRICES))
    COUNTS[3] = 'three'
    print(COUNTS)
    print('revenue %.2f' % SHOP.revenue)
    TABLE.append(Item('date', 3.0, 1))
    TABLE[-1].sell(1)
    print([t.name for t in TABLE], [t.stock for t in TABLE])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
