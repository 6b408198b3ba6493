# Recursive generators (yield from and manual loops) walking a tree.


class Node(object):
    def __init__(self, name, children):
        self.name = name
        self.children = children


def walk(node, depth):
    yield depth, node.name
    for c in node.children:
        for item in walk(c, depth + 1):
            yield item


def leaves(node):
    if not node.children:
        yield node.name
    for c in node.children:
        yield from leaves(c)


def paths(node, prefix):
    p = prefix + '/' + node.name
    yield p
    for c in node.children:
        yield from paths(c, p)


def main(argv):
    tree = Node('root', [
        Node('bin', [Node('ls', []), Node('cat', [])]),
        Node('home', [Node('ann', [Node('notes.txt', [])]), Node('bob', [])]),
        Node('tmp', []),
    ])
    for depth, name in walk(tree, 0):
        print('  ' * depth + name)
    print(list(leaves(tree)))
    for p in paths(tree, ''):
        print(p)
    print(sum(1 for x in walk(tree, 0)), max(d for d, n in walk(tree, 0)))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
