# A program split across modules: from-imports of classes, functions, constants.
from helper_geometry import Point, centroid, bbox, ORIGIN_NAME
from helper_textutil import banner, columns, Table


def main(argv):
    pts = [Point(0.0, 0.0), Point(4.0, 0.0), Point(4.0, 3.0), Point(1.0, 5.0)]
    print(banner('points', 30))
    for p in pts:
        print(p, p.dist2(pts[0]))
    c = centroid(pts)
    print('centroid', c)
    print('bbox', bbox(pts))
    print(columns([p.x for p in pts]))
    print(ORIGIN_NAME, pts[0].dist2(Point(0.0, 0.0)) == 0)
    t = Table(['name', 'x', 'y'])
    for i in range(len(pts)):
        t.add(['p%d' % i, str(pts[i].x), str(pts[i].y)])
    print(t.render())
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
