# Lists of floats, strs and instances; filtering, updating in place.


class Item(object):
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


def main(argv):
    items = [Item('pen', 1.5, 10), Item('book', 12.25, 2), Item('bag', 30.0, 1),
             Item('ink', 4.75, 3)]
    totals = [it.total() for it in items]
    print(totals)
    print('sum %.2f' % sum(totals))
    cheap = [it.name for it in items if it.price < 5]
    print(cheap)
    for it in items:
        it.price = it.price * 0.9
    print(['%.3f' % it.price for it in items])
    items.append(Item('cap', 8.0, 4))
    items.pop(1)
    print([it.name for it in items])
    best = items[0]
    for it in items:
        if it.total() > best.total():
            best = it
    print('best', best.name, round(best.total(), 2))
    names = [it.name for it in items]
    names.sort()
    print(' | '.join(names))
    temps = [21.5, 19.0, 23.25, 18.75, 22.0]
    avg = sum(temps) / len(temps)
    print(avg, [t - avg for t in temps])
    above = [t for t in temps if t > avg]
    print(above, len(above))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
