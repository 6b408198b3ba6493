# Lists as stacks and queues: bracket matching and BFS order.


def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in s:
        if ch in '([{':
            stack.append(ch)
        elif ch in ')]}':
            if not stack or stack[-1] != pairs[ch]:
                return False
            stack.pop()
    return len(stack) == 0


def bfs(adj, start):
    order = []
    seen = [False] * len(adj)
    queue = [start]
    seen[start] = True
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in adj[n]:
            if not seen[m]:
                seen[m] = True
                queue.append(m)
    return order


def main(argv):
    for s in ['(a[b]{c})', '([)]', '((', '', '{[()()]}', ')(']:
        print(repr(s), balanced(s))
    adj = [[1, 2], [3], [3, 4], [5], [5], [], [0]]
    print(bfs(adj, 0))
    print(bfs(adj, 6))
    print(bfs(adj, 4))
    undo = []
    text = []
    for op in ['+a', '+b', '-', '+c', '+d', '-', '-', '+e']:
        if op[0] == '+':
            text.append(op[1])
            undo.append(op)
        elif undo:
            undo.pop()
            text.pop()
        print(op, ''.join(text))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
