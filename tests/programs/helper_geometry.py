# Helper module for mod_* programs (not a program: no target()).

UNIT = 1.0
ORIGIN_NAME = 'origin'
created = [0]


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
        created[0] += 1

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def centroid(points):
    sx = 0.0
    sy = 0.0
    for p in points:
        sx += p.x
        sy += p.y
    return Point(sx / len(points), sy / len(points))


def bbox(points):
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    return (min(xs), min(ys), max(xs), max(ys))
