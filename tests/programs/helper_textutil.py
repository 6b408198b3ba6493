# Helper module for mod_* programs (not a program: no target()).
from helper_geometry import UNIT

SEPARATOR = ' | '


def banner(title, width):
    return ('= ' + title + ' ').ljust(width, '=')


def columns(values):
    return SEPARATOR.join(['%6.2f' % (v * UNIT) for v in values])


class Table(object):
    def __init__(self, headers):
        self.headers = headers
        self.rows = []

    def add(self, row):
        self.rows.append(row)

    def render(self):
        widths = [len(h) for h in self.headers]
        for r in self.rows:
            for i in range(len(r)):
                if len(r[i]) > widths[i]:
                    widths[i] = len(r[i])
        out = [SEPARATOR.join([self.headers[i].ljust(widths[i]) for i in range(len(widths))])]
        for r in self.rows:
            out.append(SEPARATOR.join([r[i].ljust(widths[i]) for i in range(len(widths))]))
        return '\n'.join(out)
