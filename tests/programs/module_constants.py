# Module-level constants of every basic type, read from functions.

LIMIT = 12
NEGATIVE = -40
RATE = 0.075
TINY = 1e-9
TITLE = 'report'
EMPTY = ''
VERBOSE = True
QUIET = False
HEX = 0xFF
BIG = 9000000000000000000


def compound(principal, years):
    amount = principal
    for y in range(years):
        amount = amount * (1.0 + RATE)
    return amount


def main(argv):
    print(TITLE + EMPTY + ':', LIMIT, NEGATIVE, RATE, TINY, VERBOSE, QUIET, HEX, BIG)
    if VERBOSE:
        print('verbose is on')
    if not QUIET:
        print('quiet is off')
    total = 0
    for i in range(LIMIT):
        total = total + i * HEX
    print('total', total)
    print("%.3f" % (compound(1000.0, LIMIT),))
    print(compound(1.0, 10) > 2.0, TINY < RATE, NEGATIVE < 0 < LIMIT)
    print(BIG // LIMIT, BIG % 7, -BIG // 1000)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
