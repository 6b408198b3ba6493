# isinstance / issubclass over a small hierarchy, with tuples of classes.


class Thing(object):
    pass


class Animal(Thing):
    def __init__(self, name):
        self.name = name

    def sound(self):
        return '...'


class Dog(Animal):
    def sound(self):
        return 'woof'


class Puppy(Dog):
    def sound(self):
        return 'yip'


class Cat(Animal):
    def sound(self):
        return 'meow'


class Robot(Thing):
    def __init__(self, name):
        self.name = name


def classify(x):
    if isinstance(x, Puppy):
        return 'puppy'
    elif isinstance(x, Dog):
        return 'dog'
    elif isinstance(x, (Cat, Robot)):
        return 'cat-or-robot'
    elif isinstance(x, Animal):
        return 'animal'
    return 'unknown'


def main(argv):
    things = [Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom'), Robot('r2')]
    for t in things:
        line = t.name + ' ' + classify(t)
        if isinstance(t, Animal):
            line += ' says ' + t.sound()
        print(line)
    classes = [Animal, Dog, Puppy, Cat, Robot]
    names = ['Animal', 'Dog', 'Puppy', 'Cat', 'Robot']
    for i in range(len(classes)):
        row = names[i] + ':'
        for j in range(len(classes)):
            if issubclass(classes[i], classes[j]):
                row += ' ' + names[j]
        print(row)
    print(issubclass(Puppy, (Cat, Dog)), issubclass(Robot, (Cat, Dog)))
    print(isinstance(3, int), isinstance(3.0, int), isinstance('x', str))
    print(isinstance(True, int), isinstance(None, Animal))
    count = 0
    for t in things:
        if isinstance(t, Dog):
            count += 1
    print('dogs', count)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
