# e.args of a class whose __init__ does not call the base __init__ (CPython
# keeps the constructor's arguments), inherited by a subclass.


class E(Exception):
    def __init__(self, a):
        self.a = a


class F(E):
    pass


def main(argv):
    for i in range(2):
        try:
            if i == 0:
                raise E("x")
            raise F("y")
        except E as e:
            print(e.args, e.a, type(e).__name__, e)
    return 0


def target(*a):
    return main, None


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
