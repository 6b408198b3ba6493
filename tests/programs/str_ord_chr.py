# ord/chr round trips, Caesar cipher, char classification by code point.


def caesar(s, k):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - ord('a') + k) % 26 + ord('a')))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - ord('A') + k) % 26 + ord('A')))
        else:
            out.append(c)
    return ''.join(out)


def main(argv):
    print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('€'), ord('😀'))
    print(chr(65), chr(97) + chr(98), chr(8364), chr(128512), repr(chr(10)))
    msg = 'Hello, World! Zebra-123'
    enc = caesar(msg, 3)
    print(enc)
    print(caesar(enc, -3), caesar(enc, 23) == msg)
    print(''.join([chr(ord('a') + i) for i in range(26)]))
    print(''.join([chr(c) for c in range(0x3b1, 0x3b1 + 10)]))
    total = 0
    for c in 'checksum':
        total = (total * 31 + ord(c)) % 1000003
    print(total)
    hexs = ['%04x' % ord(c) for c in 'aé日']
    print(hexs)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
