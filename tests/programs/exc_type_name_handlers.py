# Exception classes as values: a dict from class to handler looked up with
# type(e), membership in a tuple of classes, issubclass with a tuple, and
# a list of the classes caught.


class AppError(Exception):
    pass


def on_value(e):
    return "value:" + str(e)


def on_key(e):
    return "key:" + str(e)


def fail(i):
    if i == 0:
        raise ValueError("v")
    if i == 1:
        return {"a": 1}["b"]
    if i == 2:
        raise AppError("app")
    return [0][i]


def main(argv):
    handlers = {ValueError: on_value, KeyError: on_key}
    for i in range(4):
        try:
            fail(i)
        except Exception as e:
            t = type(e)
            if t in handlers:
                print(handlers[t](e))
            else:
                print("no handler", t.__name__)
            print(t in (ValueError, KeyError), issubclass(t, (LookupError, AppError)))
    seen = []
    for i in range(4):
        try:
            fail(i)
        except (ValueError, LookupError) as e:
            seen.append(type(e))
        except AppError as e:
            seen.append(type(e))
    print([c.__name__ for c in seen], seen[0] is ValueError, seen.count(KeyError))
    return 0


def target(*a):
    return main, None


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
