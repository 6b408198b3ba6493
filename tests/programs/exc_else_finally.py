# try/except/else/finally ordering, bare except, return inside try with finally.

TRACE = []


def step(name, fail):
    TRACE.append(name)
    if fail:
        raise RuntimeError(name + ' failed')


def attempt(fail_body, fail_else):
    try:
        step('body', fail_body)
    except RuntimeError as e:
        TRACE.append('except(' + str(e) + ')')
    else:
        step('else', fail_else)
    finally:
        TRACE.append('finally')


def with_return(x):
    try:
        if x > 0:
            return 'positive'
        return 'non-positive'
    finally:
        print('  finally runs for', x)


def bare(x):
    try:
        return 100 // x
    except:
        return -1


def main(argv):
    attempt(False, False)
    print(TRACE)
    del TRACE[:]
    attempt(True, False)
    print(TRACE)
    del TRACE[:]
    try:
        attempt(False, True)
    except RuntimeError as e:
        print('escaped from else:', e)
    print(TRACE)
    print(with_return(5))
    print(with_return(-5))
    print(bare(7), bare(0))
    count = 0
    for i in range(4):
        try:
            if i == 2:
                continue
            count += 10
        finally:
            count += 1
    print('count', count)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
