# A word wrapper and justifier for paragraphs of text.

TEXT = ('RPython is a restricted subset of Python that is amenable to static '
        'analysis. Although there are additions to the language and some '
        'things might surprise you, here is a rough list of restrictions '
        'that should be considered. Note that there are tons of special '
        'cased restrictions that you will encounter as you go.')


def wrap(text, width):
    lines = []
    cur = ''
    for w in text.split():
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += ' ' + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    words = line.split(' ')
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ''
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += words[i] + ' ' * n
    return out + words[-1]


def main(argv):
    for width in [30, 45]:
        lines = wrap(TEXT, width)
        print('width', width, 'lines', len(lines))
        for l in lines[:-1]:
            print('|' + justify(l, width) + '|')
        print('|' + lines[-1].ljust(width) + '|')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
