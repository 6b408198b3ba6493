# bytes corners: repr escapes and quotes, items and slices, methods,
# containers of bytes, and CPython's errors (UnicodeDecodeError,
# IndexError, ValueError).


def main(argv):
    samples = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\t\n\r\\', b'\x00\x7f\x80\xff']
    for b in samples:
        print(b, repr(b), str(b), len(b), list(b[:3]), b.hex())
    data = 'naïve café'.encode('utf-8')
    print(data, len(data), data[2], data[-1], data[2:4], data[::-3], data[100:])
    print(data.decode(), data.upper(), data.lower(), b'  x y \t'.strip(), b'xxhixx'.strip(b'x'))
    print(b'a,b,,c'.split(b','), b'-'.join([b'x', b'y', b'z']), b'hello'.replace(b'l', b'L'))
    print(b'hello'.startswith(b'he'), b'hello'.endswith(b'lo'), b'hello'.find(b'l'), b'hello'.count(b'l'))
    print(104 in b'hi', b'i' in b'hi', 120 in b'hi', b'ab' + b'cd', b'ab' * 3, 2 * b'-')
    print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'b' > b'abc')
    print({'k': [b'v']}, (b'a', 1), [[b'n']])
    print(f'{b"fmt"}', '%s|%r' % (b'p', b'q'), bytes([65, 66]), bytes(), bytes(b'z'))
    total = 0
    for byte in b'\x01\x02\xff':
        total += byte
    print(total, [c for c in b'AZ'], hash(b'abc') == hash(b'abc'))
    for bad in [b'\xff', b'ab\xc3', b'\xe6\x97', b'\xc3(', b'ok\xed\xa0\x80']:
        try:
            print(bad.decode('utf-8'))
        except UnicodeDecodeError as e:
            print('UnicodeDecodeError:', e)
    try:
        print(b'abc'[3])
    except IndexError as e:
        print('IndexError:', e)
    for v in [[1, 256], [-1]]:
        try:
            print(bytes(v))
        except ValueError as e:
            print('ValueError:', e)
    try:
        print(300 in b'abc')
    except ValueError as e:
        print('ValueError:', e)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
