# format(value[, spec]): the same as f'{value:{spec}}'.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return '$%d.%02d' % (self.cents // 100, self.cents % 100)


def main(argv):
    print(format(3.14159, '.2f'), format(42, '08b'), format(1234567, ','), format(0.25, '.1%'))
    print(format('ab', '>5') + '|', format('ab', '^6') + '|', format(-7, '+d'), format(255, 'x'))
    print(format(12), format(2.5), format('plain'), format(True), format(Money(1234)))
    width = 7
    for spec in ['>' + str(width), '<' + str(width), '^' + str(width)]:
        print('[' + format('mid', spec) + ']')
    print(format(1e22, 'g'), format(123.456, 'e'), format(5, ''))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
