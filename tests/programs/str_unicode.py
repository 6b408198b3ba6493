# Unicode text indexed by code point: len, indexing, slicing, iteration.


def main(argv):
    words = ['café', 'über', '日本語', 'naïve', 'emoji 😀!', 'plain']
    for w in words:
        print(w, len(w), w[0], w[-1], w[1:3], w[::-1])
    s = 'Grüße aus Köln 🎉'
    print(len(s), s.upper(), s.lower())
    print([c for c in s if ord(c) > 127])
    print([ord(c) for c in '日本😀é'])
    print(chr(233) + chr(0x65E5) + chr(0x1F600))
    print('é' in s, 'ö' in s, 'Köln' in s, s.find('aus'), s.find('🎉'))
    print('日本' < '日本語', 'é' > 'e', 'Z' < 'a', sorted(['é', 'z', 'a', 'É']))
    count = 0
    for ch in s:
        if ch.isalpha():
            count += 1
    print('letters', count)
    print(s.split(' '), s.replace('ü', 'ue').replace('ß', 'ss'))
    enc = s.encode('utf-8')
    print(len(enc), len(s))
    print(enc.decode('utf-8') == s)
    mixed = 'a' + 'é' * 3 + '日' * 2
    print(mixed, len(mixed), mixed.count('é'), mixed.index('日'))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
