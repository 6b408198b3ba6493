# Instances that may be None: linked list, binary search tree, lookups.


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


class Tree(object):
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Tree(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root


def find(root, key):
    while root is not None:
        if key == root.key:
            return root
        if key < root.key:
            root = root.left
        else:
            root = root.right
    return None


def inorder(root, out):
    if root is None:
        return
    inorder(root.left, out)
    out.append(root.key)
    inorder(root.right, out)


def height(root):
    if root is None:
        return 0
    l = height(root.left)
    r = height(root.right)
    return 1 + (l if l > r else r)


def main(argv):
    head = None
    for i in range(5):
        head = Node(i * i, head)
    n = head
    parts = []
    while n is not None:
        parts.append(str(n.value))
        n = n.next
    print(' -> '.join(parts))
    root = None
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        root = insert(root, k)
    keys = []
    inorder(root, keys)
    print(keys)
    print('height', height(root))
    for k in [40, 41, 65, 10]:
        t = find(root, k)
        if t is None:
            print(k, 'missing')
        else:
            has_l = t.left is not None
            print(k, 'found left=%s right=%s' % (has_l, t.right is not None))
    empty = None
    print(find(empty, 3) is None, height(empty))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
