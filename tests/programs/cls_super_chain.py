# Multi-level super() calls in __init__ and ordinary methods.


class Widget(object):
    def __init__(self, name):
        self.name = name
        self.log = ['Widget']

    def draw(self):
        return '[' + self.name + ']'

    def size(self):
        return 1


class Button(Widget):
    def __init__(self, name, label):
        super().__init__(name)
        self.label = label
        self.log.append('Button')

    def draw(self):
        return super().draw() + '(' + self.label + ')'

    def size(self):
        return super().size() + len(self.label)


class IconButton(Button):
    def __init__(self, name, label, icon):
        super().__init__(name, label)
        self.icon = icon
        self.log.append('IconButton')

    def draw(self):
        return self.icon + super().draw()

    def size(self):
        return super().size() * 2


class Panel(Widget):
    def __init__(self, name):
        super(Panel, self).__init__(name)
        self.children = []

    def add(self, w):
        self.children.append(w)

    def draw(self):
        parts = [Widget.draw(self)]
        for c in self.children:
            parts.append(c.draw())
        return ' '.join(parts)

    def size(self):
        s = super(Panel, self).size()
        for c in self.children:
            s += c.size()
        return s


def main(argv):
    b = Button('ok', 'OK')
    ib = IconButton('save', 'Save', '*')
    p = Panel('main')
    p.add(b)
    p.add(ib)
    p.add(Widget('spacer'))
    print(b.draw(), b.size(), b.log)
    print(ib.draw(), ib.size(), ib.log)
    print(p.draw())
    print('panel size', p.size())
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
