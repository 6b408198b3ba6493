// Asynchronous functions on top of the resumable transform (see
// async_function.h).
#include "translator/flow/resumable/async_function.h"

#include "common/check.h"
#include "translator/flow/resumable/graph_edit.h"
#include "translator/flow/resumable/resumable.h"
#include "translator/flow/verifier.h"

namespace rpyc::flow {

GraphId MakeAsyncFunction(FlowStore& store, loader::Host& host, GraphId body) {
  const std::string name = store.graph(body).name;
  const SourceLoc loc = store.graph(body).loc;
  loader::HostId task = host.SupportFunction("rpyc_support.tasks", "Task");
  loader::HostId start = host.SupportFunction("rpyc_support.tasks", "start");
  RPYC_CHECK(task.valid() && start.valid(), "rpyc_support.tasks is missing");
  ResumableSpec spec;
  spec.suspend_op = OpKind::await_;
  spec.frame_name = "task of async " + name;
  // One base for every task: the scheduler handles frames of any function
  // (and tasks settled by JS promises) through Task's fields and the
  // virtual _rpyc_resume. Each frame class keeps its own _rpyc_result.
  spec.frame_base = task;
  spec.keep_result = true;
  ResumableGraphs rg = MakeResumable(store, host, body, spec);
  // create: start the task before returning it.
  const FunctionGraph& c = store.graph(rg.create);
  Block& first = store.block(c.startblock);
  RPYC_CHECK(first.exits.size() == 1, "create graph with one exit expected");
  Value frame = store.link(first.exits[0]).args.at(0);
  GraphEditor ed(store, host, rg.create);
  ed.Call(c.startblock, ed.Const(start), {frame}, loc);
  VerifyGraph(store, rg.create);
  return rg.create;
}

}  // namespace rpyc::flow
