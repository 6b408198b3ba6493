# A program using `import module` and attribute access, including mutable
# module state shared between modules.
import helper_geometry
import helper_textutil as tu


def main(argv):
    before = helper_geometry.created[0]
    pts = []
    for i in range(5):
        pts.append(helper_geometry.Point(float(i), float(i * i)))
    print(helper_geometry.created[0] - before, 'points created')
    print(helper_geometry.bbox(pts))
    print(helper_geometry.UNIT, tu.SEPARATOR.strip())
    print(tu.banner('module', 20))
    c = helper_geometry.centroid(pts)
    print(c.x, c.y)
    print(helper_geometry.created[0] - before, 'points after centroid')
    print(tu.columns([c.x, c.y]))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
