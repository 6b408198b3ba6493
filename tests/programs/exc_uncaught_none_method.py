# A method called on an instance that is None at run time.


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def lookup(boxes, key):
    for b in boxes:
        if b.v == key:
            return b
    return None


def main(argv):
    boxes = [Box(1), Box(2)]
    print(lookup(boxes, 2).get())
    print(lookup(boxes, 3).get())
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
