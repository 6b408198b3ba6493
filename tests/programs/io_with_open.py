# `with open(...)`: writing a CSV-like file, reading and aggregating it.
import os

PATH = '/tmp/rpyc_io_with_open_%d.csv'


def main(argv):
    path = PATH % 4242
    rows = [('widget', 3, 2.5), ('gadget', 1, 10.0), ('doohickey', 12, 0.75)]
    with open(path, 'w') as f:
        f.write('name,qty,price\n')
        for name, qty, price in rows:
            f.write('%s,%d,%.2f\n' % (name, qty, price))
    with open(path) as f:
        header = f.readline().strip().split(',')
        print(header)
        total = 0.0
        for line in f:
            parts = line.strip().split(',')
            qty = int(parts[1])
            price = float(parts[2])
            total += qty * price
            print('%-10s %3d x %6.2f = %7.2f' % (parts[0], qty, price, qty * price))
    print('total %.2f' % total)
    with open(path, 'r') as f:
        text = f.read()
    print(text.count('\n'), len(text))
    print(f.closed)
    os.remove(path)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
