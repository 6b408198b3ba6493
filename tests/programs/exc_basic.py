# raise / try / except ... as e, messages via str(e), catching by base class.


class AppError(Exception):
    pass


def parse_age(text):
    if text == '':
        raise AppError('empty input')
    n = int(text)
    if n < 0:
        raise ValueError('negative age: %d' % n)
    return n


def safe_parse(text):
    try:
        return parse_age(text)
    except AppError as e:
        print('app error:', e)
        return -1
    except ValueError as e:
        print('value error:', str(e))
        return -2


def main(argv):
    for t in ['42', '', '-3', 'abc', '7']:
        print(repr(t), '->', safe_parse(t))
    try:
        raise AppError('direct')
    except Exception as e:
        print('caught as Exception:', e, isinstance(e, AppError))
    try:
        raise KeyError('k')
    except LookupError as e:
        print('LookupError catches KeyError:', str(e))
    try:
        [1, 2, 3][3]
    except LookupError as e:
        print('LookupError catches IndexError:', e)
    e = AppError('kept')
    try:
        raise e
    except AppError as e2:
        print(e2 is e, e2)
    caught = 0
    for i in range(5):
        try:
            if i % 2:
                raise AppError('odd %d' % i)
            print('even', i)
        except AppError as err:
            caught += 1
            print(err)
    print('caught', caught)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
