# Indexing, slicing (with steps), iteration, `in`, repetition, ord/chr on
# ASCII and non-ASCII strings.


def caesar(s, k):
    out = ''
    for c in s:
        if 'a' <= c <= 'z':
            out += chr((ord(c) - ord('a') + k) % 26 + ord('a'))
        elif 'A' <= c <= 'Z':
            out += chr((ord(c) - ord('A') + k) % 26 + ord('A'))
        else:
            out += c
    return out


def main(argv):
    for w in ['café', 'über', '日本語', 'naïve', 'emoji 😀!', 'plain', 'a']:
        print(w, len(w), w[0], w[-1], w[1:3], w[::-1], w[::2], w[-2:], w[:-1])
    s = 'hello world'
    print(s[1], s[-1], s[1:-1], s[10:], s[3:100], s[-100:2], s[5:1], s[::3], s[8:2:-2])
    count = 0
    for ch in 'Grüße aus Köln 🎉':
        if ch.isalpha():
            count += 1
    print('letters', count)
    codes = []
    for c in '日本😀é':
        codes.append(ord(c))
    print(codes)
    print(chr(233) + chr(0x65E5) + chr(0x1F600), ord('A'), ord('\n'), repr(chr(10)))
    print('é' in 'café', 'ö' in 'café', '' in 'x', 'lo w' in s, 'xyz' in s)
    print('ab' * 3, 3 * 'x', 'x' * 0, 'y' * -2, len('é' * 5))
    t = '-'
    t *= 4
    print(t)
    enc = caesar('Hello, World! Zebra-123', 3)
    print(enc, caesar(enc, 23))
    total = 0
    for c in 'checksum':
        total = (total * 31 + ord(c)) % 1000003
    print(total)
    big = ''
    for i in range(3000):
        big += chr(ord('a') + i % 26)
    print(len(big), big[:30], big[-5:], big.count('z'))
    print('3' in '1234', 'é日'[1], 'abc'[-3])
    print('一二三'.isdigit(), '٣'.isdigit(), '²'.isdigit(), '日本'.isalpha(), 'Ω'.isalpha(), '½'.isalnum())
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
