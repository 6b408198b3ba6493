# except (A, B) as e: tuples of exception classes, order of handlers.


class NetError(Exception):
    pass


class Timeout(NetError):
    pass


class Refused(NetError):
    pass


class DiskError(Exception):
    pass


def action(i):
    if i == 0:
        raise Timeout('timeout after 30s')
    if i == 1:
        raise Refused('port 80')
    if i == 2:
        raise DiskError('disk full')
    if i == 3:
        return 10 // (i - 3)
    if i == 4:
        return int('4x')
    if i == 5:
        return {'a': 1}['b']
    return i * 100


def run(i):
    try:
        r = action(i)
        return 'ok %d' % r
    except (Timeout, DiskError) as e:
        return 'timeout-or-disk: ' + str(e)
    except NetError as e:
        return 'net: ' + str(e)
    except (ZeroDivisionError, ValueError) as e:
        return 'arith/value: ' + str(e)
    except (KeyError, IndexError) as e:
        return 'lookup: ' + str(e)


def main(argv):
    for i in range(7):
        print(i, run(i))
    errors = (Timeout, Refused)
    for i in range(3):
        try:
            action(i)
        except errors as e:
            print('from variable tuple:', e)
        except Exception as e:
            print('other:', e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
