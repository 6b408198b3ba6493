# bytes basics: encode/decode utf-8, indexing gives ints, len, slicing.


def main(argv):
    s = 'héllo 日本'
    b = s.encode('utf-8')
    print(len(s), len(b))
    print(b[0], b[1], b[2], b[-1])
    print(list(b[:4]))
    print(b.decode('utf-8'), b[:1].decode('utf-8'), b[7:].decode('utf-8'))
    print(b == s.encode(), b'abc' + b'def', len(b''))
    print(b'hello'.upper(), b'a,b'.split(b','), b'xyz'[1:])
    total = 0
    for byte in b:
        total += byte
    print('byte sum', total)
    print(bytes([104, 105]).decode('utf-8'), bytes([104, 105]))
    print('ascii'.encode('utf-8'), repr(b'\x00\xff'))
    print([len(c.encode('utf-8')) for c in 'aé€😀'])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
