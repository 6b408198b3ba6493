# A tiny state machine with while loops: it scans a number written in
# base 10 digit by digit (from the string form) and classifies runs.

START = 0
IN_EVEN_RUN = 1
IN_ODD_RUN = 2


def classify(number):
    n = number
    state = START
    runs = 0
    longest = 0
    current = 0
    while n > 0:
        d = n % 10
        n = n // 10
        if state == START:
            runs = 1
            current = 1
            if d % 2 == 0:
                state = IN_EVEN_RUN
            else:
                state = IN_ODD_RUN
        elif state == IN_EVEN_RUN:
            if d % 2 == 0:
                current = current + 1
            else:
                state = IN_ODD_RUN
                runs = runs + 1
                current = 1
        else:
            if d % 2 == 1:
                current = current + 1
            else:
                state = IN_EVEN_RUN
                runs = runs + 1
                current = 1
        if current > longest:
            longest = current
    print("%d: runs=%d longest=%d final_state=%d" % (number, runs, longest, state))
    return runs


def traffic_light(steps):
    state = 0
    t = 0
    line = ''
    while t < steps:
        if state == 0:
            line = line + 'G'
            if t % 4 == 3:
                state = 1
        elif state == 1:
            line = line + 'Y'
            state = 2
        else:
            line = line + 'R'
            if t % 3 == 0:
                state = 0
        t = t + 1
    return line


def main(argv):
    total = 0
    total = total + classify(1234567890)
    total = total + classify(2468013579)
    total = total + classify(1)
    total = total + classify(1111222233)
    total = total + classify(0)
    print('total runs', total)
    print(traffic_light(30))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
