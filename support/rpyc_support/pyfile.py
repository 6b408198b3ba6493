"""rpyc's version of open() for text files, os.remove and os.path.exists
(translator/flow/build_rlib.cpp). A file opened for reading is read whole
when opened; reads then take from that text."""
from rpyc_support import rt


class TextFile(object):
    """A text file (UTF-8, universal newlines), as open() returns it."""

    def __init__(self, name, mode):
        self.name = name
        self.mode = mode
        self.closed = False
        self._fd = rt.open(name, mode)
        self._text = ''
        self._pos = 0
        if mode == 'r':
            self._text = rt.read(self._fd)
            rt.close(self._fd)
            self._fd = -1

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_open()
        if self.mode != 'r':
            raise OSError('not readable')

    def read(self):
        self._check_readable()
        s = self._text[self._pos:]
        self._pos = len(self._text)
        return s

    def readline(self):
        self._check_readable()
        end = self._text.find('\n', self._pos)
        if end < 0:
            end = len(self._text)
        else:
            end += 1
        s = self._text[self._pos:end]
        self._pos = end
        return s

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return iter(self.readlines())

    def write(self, s):
        self._check_open()
        if self.mode == 'r':
            raise OSError('not writable')
        rt.write(self._fd, s)
        return len(s)

    def flush(self):
        self._check_open()

    def close(self):
        if not self.closed:
            self.closed = True
            if self._fd >= 0:
                rt.close(self._fd)
                self._fd = -1

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()
        return False


def open(file, mode='r'):
    if mode == 'r' or mode == 'rt':
        return TextFile(file, 'r')
    if mode == 'w' or mode == 'wt':
        return TextFile(file, 'w')
    if mode == 'a' or mode == 'at':
        return TextFile(file, 'a')
    raise ValueError("rpyc supports only the text modes 'r', 'w' and 'a'")


def remove(path):
    rt.remove(path)


def exists(path):
    return rt.exists(path)
