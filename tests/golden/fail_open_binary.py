# RUN: rpyc -o %t %s
# open() in a binary mode is refused: rpyc has text files only.


def main(argv):
    f = open('data.bin', 'rb')
    f.close()
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_open_binary.py:6:26: error: open() in mode 'rb' is not supported by rpyc [UnsupportedSyntax]
#     6 |     f = open('data.bin', 'rb')
#       |                          ^~~~
# tests/golden/fail_open_binary.py:6:26: note: rpyc supports the text modes 'r', 'w' and 'a'
#     6 |     f = open('data.bin', 'rb')
#       |                          ^~~~
# exit: 1
