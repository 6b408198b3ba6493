# Leap years, days in months and day of the week (Zeller's congruence).


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        if is_leap(y):
            return 29
        return 28
    if m == 4 or m == 6 or m == 9 or m == 11:
        return 30
    return 31


def weekday(y, m, d):
    # 0 = Saturday, 1 = Sunday, ..., 6 = Friday
    if m < 3:
        m = m + 12
        y = y - 1
    k = y % 100
    j = y // 100
    return (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7


def day_name(w):
    if w == 0:
        return 'Saturday'
    if w == 1:
        return 'Sunday'
    if w == 2:
        return 'Monday'
    if w == 3:
        return 'Tuesday'
    if w == 4:
        return 'Wednesday'
    if w == 5:
        return 'Thursday'
    return 'Friday'


def main(argv):
    print(is_leap(1900), is_leap(2000), is_leap(2023), is_leap(2024))
    leaps = 0
    for y in range(1600, 2401):
        if is_leap(y):
            leaps = leaps + 1
    print('leap years 1600..2400:', leaps)
    days = 0
    for m in range(1, 13):
        days = days + days_in_month(2024, m)
    print('days in 2024:', days)
    print(day_name(weekday(2000, 1, 1)), day_name(weekday(1969, 7, 20)),
          day_name(weekday(2024, 2, 29)))
    sundays = 0
    for y in range(1901, 2001):
        for m in range(1, 13):
            if weekday(y, m, 1) == 1:
                sundays = sundays + 1
    print('Sundays on the first of a month in the 20th century:', sundays)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
