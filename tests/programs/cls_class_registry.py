# Class hierarchies with overridden and mutated class attributes, class
# registries in dicts and lists, classmethod factories, type(x).


class Unit(object):
    KIND = 'unit'
    COST = 10
    made = 0
    tags = ['base']

    def __init__(self, name, hp):
        self.name = name
        self.hp = hp
        Unit.made += 1

    @classmethod
    def create(cls, name):
        return cls(name, cls.COST * 2)

    @classmethod
    def describe_class(cls):
        return '%s costs %d' % (cls.KIND, cls.COST)

    def line(self):
        return '%s %s hp=%d cost=%d' % (self.KIND, self.name, self.hp, self.COST)


class Soldier(Unit):
    KIND = 'soldier'
    COST = 25


class Archer(Soldier):
    KIND = 'archer'


class Worker(Unit):
    COST = 5
    tags = ['civil', 'cheap']


REGISTRY = {'unit': Unit, 'soldier': Soldier, 'archer': Archer, 'worker': Worker}
ORDER = [Worker, Soldier, Archer, Unit]


def build(kind, name):
    cls = REGISTRY[kind]
    return cls(name, len(name) * 3)


def cheapest(classes):
    best = classes[0]
    for c in classes:
        if c.COST < best.COST:
            best = c
    return best


def main(argv):
    army = []
    for kind in ['soldier', 'worker', 'archer', 'unit', 'archer']:
        army.append(build(kind, kind[:3] + str(len(army))))
    for u in army:
        print(u.line(), type(u).__name__, u.__class__.__name__)
    print('made', Unit.made, Soldier.made)
    for c in ORDER:
        print(c.__name__, c.KIND, c.COST, c.describe_class(), len(c.tags))
    print('cheapest', cheapest(ORDER).__name__)
    Soldier.COST = 30
    Unit.KIND = 'generic'
    for u in army:
        print(u.line())
    fresh = [c.create('new') for c in ORDER]
    for u in fresh:
        print(u.line(), u.describe_class())
    print('made', Unit.made)
    Worker.tags.append('busy')
    print(Worker.tags, Unit.tags, Archer.tags)
    total = 0
    for u in army + fresh:
        if isinstance(u, Soldier):
            total += u.COST
    print('soldier cost', total)
    k = REGISTRY['worker']
    print(k is Worker, k is Unit, k == Worker, k != Unit)
    print(issubclass(k, Unit), issubclass(k, Soldier), issubclass(Archer, (Worker, Soldier)))
    for a in ORDER:
        row = ''
        for b in ORDER:
            row += 'Y' if issubclass(a, b) else '.'
        print(a.__name__, row)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
