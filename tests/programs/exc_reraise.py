# Re-raising with bare raise, raising a new exception from a handler.


class ConfigError(Exception):
    def __init__(self, key, reason):
        Exception.__init__(self, key + ': ' + reason)
        self.key = key
        self.reason = reason


CONFIG = {'port': '8080', 'host': 'localhost', 'timeout': 'soon'}


def get_int(key):
    try:
        return int(CONFIG[key])
    except KeyError:
        raise ConfigError(key, 'missing')
    except ValueError:
        raise ConfigError(key, 'not an int')


def logged(key):
    try:
        return get_int(key)
    except ConfigError as e:
        print('log:', e.key, '/', e.reason)
        raise


def main(argv):
    for key in ['port', 'timeout', 'user']:
        try:
            print(key, logged(key))
        except ConfigError as e:
            print('handled', str(e))
    depth = 0
    try:
        try:
            try:
                raise IndexError('deep')
            except IndexError:
                depth += 1
                raise
        except IndexError as e:
            depth += 1
            print('middle saw', e)
            raise
    except IndexError as e:
        depth += 1
        print('outer saw', e, 'depth', depth)
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            raise ValueError('converted')
    except ValueError as e:
        print('converted ok:', e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
