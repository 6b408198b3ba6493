# Exception classes as values stored into containers: type(e) of a single
# known class going into a dict, a set and a list that hold several, and
# class keys counted.


class AppError(Exception):
    pass


def fail(i):
    if i == 0:
        raise ValueError("v")
    raise AppError("app")


def main(argv):
    d = {}
    s = set()
    l = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            d[i] = type(e)
            s.add(type(e))
            l.insert(0, type(e))
        except AppError as e:
            d[i] = type(e)
            s.add(type(e))
            l.insert(0, type(e))
    print([d[k].__name__ for k in d], len(s), ValueError in s, [c.__name__ for c in l])
    counts = {}
    counts[ValueError] = 1
    counts[AppError] = counts.get(AppError, 0) + 2
    print(counts[AppError], counts.get(KeyError, -1))
    return 0


def target(*a):
    return main, None


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
