# RUN: rpyc -o %t %s
# print(file=...) accepts only sys.stdout and sys.stderr.


def main(argv):
    f = open('out.txt', 'w')
    print('hello', file=f)
    f.close()
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# tests/golden/fail_print_file.py:7:5: error: print(file=...) supports only sys.stdout and sys.stderr [BadCallArgs]
#     7 |     print('hello', file=f)
#       |     ^~~~~~~~~~~~~~~~~~~~~~
# exit: 1
