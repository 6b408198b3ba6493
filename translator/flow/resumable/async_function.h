// Asynchronous functions: an `async def` (or a function decorated with
// javascript.asynchronous) becomes, through the resumable transform
// (resumable.h), a function that creates a frame, starts it and returns it.
// The frame is the task: its class derives from rpyc_support.tasks.Task,
// whose scheduler (written in typeable Python, support/rpyc_support/
// tasks.py) runs `_rpyc_resume` until the body awaits a task that is not
// done, and resumes the frame when that task finishes.
//
//   f(params...):                      (replaces the function)
//       frame = <async f>()            Task.__init__: not done, no waiters
//       frame._rpyc_arg_<p> = p ...
//       frame._rpyc_state = 0
//       rpyc_support.tasks.start(frame)   runs to the first real wait
//       return frame
//
// At an await point the frame's `_rpyc_value` is the awaited task; the
// body's return value is kept in `_rpyc_result` for whoever awaits the
// frame. See README.md in this folder.
#pragma once

#include "translator/flow/graph.h"
#include "translator/loader/host.h"

namespace rpyc::flow {

// Turns the body graph of an asynchronous function into the graph that
// replaces it (create and start: returns the task).
GraphId MakeAsyncFunction(FlowStore& store, loader::Host& host, GraphId body);

}  // namespace rpyc::flow
