# str(), repr() and print() of exceptions raised with 0, 1 or several
# arguments, by the program or by the runtime, of built-in and user classes.


class AppError(Exception):
    pass


class CodeError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class Pair(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


def show(e):
    print("str:", "[" + str(e) + "]", "repr:", repr(e))


def fail(n):
    if n == 0:
        raise ValueError("bad", 3)
    if n == 1:
        raise AppError("x")
    if n == 2:
        raise AppError()
    if n == 3:
        raise CodeError("m", 4)
    if n == 4:
        raise Pair(1, "a")
    if n == 5:
        raise AppError(5)
    if n == 6:
        raise AppError([1, 2], "it's")
    if n == 7:
        raise KeyError("k")
    if n == 8:
        raise ValueError
    return n


def main(argv):
    for n in range(9):
        try:
            fail(n)
        except Exception as e:
            show(e)
            print(e)
    try:
        [1][5]
    except IndexError as e:
        show(e)
    try:
        d = {"a": 1}
        print(d["b"])
    except KeyError as e:
        show(e)
        print(f"{e!r} / {e}")
        print("%r / %s" % (e, e))
    try:
        int("zz")
    except ValueError as e:
        show(e)
    try:
        print(1 // (len(argv) - len(argv)))
    except ZeroDivisionError as e:
        show(e)
    try:
        raise CodeError("deep", 7)
    except AppError as e:
        show(e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
