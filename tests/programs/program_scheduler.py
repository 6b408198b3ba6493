# A priority-queue task scheduler with heapq: tasks with priorities,
# deadlines, dependencies and simulated time.
import heapq


class Task(object):
    def __init__(self, name, priority, duration, deps):
        self.name = name
        self.priority = priority
        self.duration = duration
        self.deps = deps
        self.remaining = duration
        self.done_at = -1


class Scheduler(object):
    def __init__(self, quantum):
        self.quantum = quantum
        self.tasks = {}
        self.ready = []
        self.time = 0
        self.seq = 0
        self.trace = []

    def add(self, task):
        self.tasks[task.name] = task

    def deps_done(self, task):
        for d in task.deps:
            if self.tasks[d].done_at < 0:
                return False
        return True

    def push(self, task):
        heapq.heappush(self.ready, (task.priority, self.seq, task.name))
        self.seq += 1

    def run(self):
        waiting = sorted(self.tasks.keys())
        queued = set()
        while True:
            for name in waiting:
                t = self.tasks[name]
                if name not in queued and t.done_at < 0 and self.deps_done(t):
                    self.push(t)
                    queued.add(name)
            if not self.ready:
                break
            pri, seq, name = heapq.heappop(self.ready)
            t = self.tasks[name]
            run = min(self.quantum, t.remaining)
            self.trace.append('%3d-%3d %s' % (self.time, self.time + run, name))
            self.time += run
            t.remaining -= run
            if t.remaining == 0:
                t.done_at = self.time
            else:
                t.priority += 1
                self.push(t)
        return [n for n in waiting if self.tasks[n].done_at < 0]


def main(argv):
    s = Scheduler(3)
    s.add(Task('compile', 1, 7, []))
    s.add(Task('test', 2, 5, ['compile']))
    s.add(Task('docs', 5, 4, []))
    s.add(Task('lint', 1, 2, []))
    s.add(Task('package', 3, 3, ['test', 'lint']))
    s.add(Task('deploy', 0, 2, ['package']))
    s.add(Task('orphan', 1, 1, ['missing-step']))
    s.tasks['missing-step'] = Task('missing-step', 9, 1, ['orphan'])
    stuck = s.run()
    for line in s.trace:
        print(line)
    for name in sorted(s.tasks):
        t = s.tasks[name]
        print('%-12s done at %3d  priority %d' % (name, t.done_at, t.priority))
    print('stuck:', stuck, 'total time', s.time)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
