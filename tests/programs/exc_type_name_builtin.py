# type(e).__name__, e.__class__.__name__ and identity tests of exception
# classes, when e may be a built-in exception raised by an operation or by
# the program, or one of the program's own exception classes.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, msg):
        super().__init__(msg)


class Stop(ValueError):
    pass


def fail(i):
    if i == 0:
        raise ValueError("v")
    if i == 1:
        raise KeyError(3)
    if i == 2:
        raise AppError("m")
    if i == 3:
        raise ParseError("bad token")
    if i == 4:
        raise Stop("stop")
    if i == 5:
        return 10 // (i - 5)
    if i == 6:
        d = {"a": 1}
        return d["zz"]
    if i == 7:
        return int("x7")
    return [1][i]


def describe(cls):
    if cls is ValueError:
        return "exactly ValueError"
    if cls == KeyError:
        return "exactly KeyError"
    if issubclass(cls, ArithmeticError):
        return "arithmetic"
    if issubclass(cls, LookupError):
        return "lookup"
    return "other"


def main(argv):
    for i in range(9):
        try:
            fail(i)
        except Exception as e:
            print(type(e).__name__, e)
            print(" ", e.__class__.__name__, describe(type(e)), type(e) is ValueError,
                  type(e) != KeyError, isinstance(e, LookupError))
    # Only built-in classes named in the program's handler: the
    # ZeroDivisionError is still known by its own name.
    try:
        print(1 // (len(argv) - len(argv)))
    except ArithmeticError as e:
        print(type(e).__name__, str(e))
    # Classes as values in containers.
    handlers = {ValueError: "bad value", KeyError: "missing key", AppError: "app"}
    for i in range(4):
        try:
            fail(i)
        except Exception as e:
            cls = type(e)
            print(handlers.get(cls, "unhandled"), cls in handlers)
    names = []
    for cls in (ValueError, KeyError, IndexError, AppError):
        names.append(cls.__name__)
    print(names)
    kinds = [ZeroDivisionError, Stop, OverflowError]
    print([k.__name__ for k in kinds], kinds[1] is Stop, kinds[0] == ZeroDivisionError)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
