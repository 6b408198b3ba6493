class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, 'missing ' + key)
        self.key = key

def find(d, k):
    if k == 'x':
        raise NotFound(k)
    if k == 'z':
        raise ValueError('bad z')
    return len(k)

def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1
    finally:
        print('finally', a, b)

def main(argv):
    for k in ['ab', 'x', 'z', 'abc']:
        try:
            n = find(None, k)
            print('found', n)
        except NotFound as e:
            print('not found', e.key)
        except (ValueError, KeyError) as e:
            print('value error')
        else:
            print('no error')
    print(safe_div(7, 2), safe_div(1, 0))
    total = 0
    for i in range(5):
        try:
            if i == 3:
                raise AppError('three')
            total += 10 // (i - 1)
        except ZeroDivisionError:
            total += 100
        except AppError:
            total += 1000
    print(total)
    try:
        assert total < 0, 'negative'
    except AssertionError:
        print('assert caught')
    lst = [1, 2]
    try:
        print(lst[5])
    except IndexError:
        print('index error')
    raise NotFound('final')

def target(*args):
    return main, None



if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
