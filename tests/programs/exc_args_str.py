# e.args where every exception e may be was made with one str argument (or
# none): built-in operations, the program's raises, and classes whose
# __init__ passes a message to the base class.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__("line %d: %s" % (line, msg))
        self.line = line


class OldStyle(AppError):
    def __init__(self, msg):
        Exception.__init__(self, msg.upper())


class Quiet(Exception):
    pass


def parse(text):
    if text == "":
        raise AppError("empty")
    if text[0] == "!":
        raise ParseError(3, "unexpected '!'")
    if text[0] == "?":
        raise OldStyle("what")
    return int(text)


def main(argv):
    for text in ["12", "", "!x", "?", "abc"]:
        try:
            print(parse(text))
        except AppError as e:
            print("app", e.args, len(e.args), e.args[0])
        except ValueError as e:
            print("value", e.args, e.args[0] == str(e))
    items = [1, 2, 3]
    for i in [1, 5]:
        try:
            print(items[i])
        except IndexError as e:
            print(type(e).__name__, e.args)
    try:
        print(10 // (len(items) - 3))
    except ZeroDivisionError as e:
        msg = e.args[0]
        print(msg, len(msg))
    for n in range(3):
        try:
            if n == 0:
                raise Quiet()
            if n == 1:
                raise Quiet
            raise ParseError(n, "late")
        except Quiet as e:
            print("quiet", e.args, len(e.args))
        except Exception as e:
            print(type(e).__name__, str(e))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
