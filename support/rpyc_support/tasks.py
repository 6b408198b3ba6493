"""The scheduler of asynchronous functions, in typeable Python.

rpyc turns each `async def` (or javascript.asynchronous function) into a
frame class deriving from Task (translator/flow/resumable/async_function.h):
calling the function creates the frame and start()s it; `await x` becomes

    t = awaitable(x); <suspend on t>; r = t._rpyc_result; check(t)

A task runs synchronously until it awaits a task that is not done yet; it
then waits in that task's list of waiters and is resumed, by run(), when the
task finishes. Nothing here needs a JS engine: tasks awaiting tasks run the
same natively. What can leave a task pending is a JS promise (a JsTask,
settled from a promise callback; see javascript/).

Fields the transform adds to each frame class: _rpyc_state (the resume
point), _rpyc_value (the awaited task), _rpyc_result (the return value),
_rpyc_arg_* and _rpyc_<k>_<i> (parameters and live variables).

An exception escaping a task is kept in the task and raised again at every
await of it. If nobody has awaited the task when control returns to the
event loop (main returned, a JS callback or promise reaction finished: the
runtime calls turn_end() then), the exception stops the program like an
uncaught exception (Node does the same with an unhandled rejection).
"""


class Task(object):
    """An asynchronous computation: an asynchronous function's frame."""

    def __init__(self):
        self._rpyc_done = False
        self._rpyc_error = None
        self._rpyc_observed = False
        self._rpyc_waiters = []
        self._rpyc_value = self  # the awaited task, while waiting

    def _rpyc_resume(self):
        """Runs the body to its next wait (True) or to its end (False).
        Each frame class overrides it with its state machine."""
        return False


# Tasks that failed while nobody awaited them (checked by turn_end()).
_failed = []


def awaitable(x):
    """The task `await x` waits for: x itself when it is a task (the
    annotator gives the call x's own type). JS values are turned into tasks
    by the javascript bridge."""
    return x


def check(task):
    """After an await: raises the awaited task's exception, if any."""
    task._rpyc_observed = True
    e = task._rpyc_error
    if e is not None:
        raise e


def start(task):
    run(task)


def run(task):
    """Resumes `task` until it waits for a pending task or finishes."""
    while True:
        try:
            waiting = task._rpyc_resume()
        except Exception as e:
            task._rpyc_error = e
            finish(task)
            break
        if not waiting:
            finish(task)
            break
        awaited = task._rpyc_value
        if not awaited._rpyc_done:
            awaited._rpyc_waiters.append(task)
            break
        # Already done: continue at once.


def settle(task):
    """Finishes a task from outside the scheduler (a JS promise settled):
    its waiters resume now."""
    finish(task)


def finish(task):
    """Marks `task` done and resumes the tasks waiting for it."""
    task._rpyc_done = True
    waiters = task._rpyc_waiters
    task._rpyc_waiters = []
    if task._rpyc_error is not None and len(waiters) == 0:
        _failed.append(task)
    for w in waiters:
        run(w)


def turn_end():
    """Called by the runtime when control returns to the event loop: the
    exception of a failed task that nobody awaited propagates from here
    (and stops the program)."""
    while len(_failed) > 0:
        t = _failed.pop(0)
        if not t._rpyc_observed:
            del _failed[:]
            e = t._rpyc_error
            if e is not None:
                raise e
