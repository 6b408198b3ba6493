# Ends with an uncaught user exception raised without a message, after
# a handled one of the same class.


class EmptyStack(Exception):
    pass


class Stack(object):
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise EmptyStack
        return self.items.pop()


def main(argv):
    s = Stack()
    try:
        s.pop()
    except EmptyStack:
        print('empty at start')
    for i in range(3):
        s.push(i * 11)
    for i in range(4):
        print(s.pop())
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
