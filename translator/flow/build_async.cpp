// Asynchronous functions in the flow graph builder: `await x` (and, in a
// function decorated with javascript.asynchronous, the seed's `x.wait()`)
// becomes
//
//     t = rpyc_support.tasks.awaitable(x)   # a Task: x itself, or a task
//                                           # settled by the JS promise x
//     await_(t)                             # the suspension point
//     rpyc_support.tasks.check(t)           # raises the task's exception
//     r = t._rpyc_result                    # the value of the expression
//
// The resumable transform (resumable/async_function.h) later turns each
// await_ into a state of the function's frame. Inside `try`, check() ends
// its block like any call, so an exception of the awaited task reaches the
// handlers of the await's own `try`.
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

bool GraphBuilder::IsWaitCall(const ast::Call* e) const {
  if (!async_ || !e->args.empty() || !e->keywords.empty()) return false;
  auto* attr = ast::dyn_cast<ast::Attribute>(e->func);
  return attr && attr->attr == "wait";
}

Value GraphBuilder::Await(const ast::Await* e) {
  // CPython accepts `await` only in `async def` (a SyntaxError elsewhere,
  // reported when the module is imported), but a lambda, comprehension or
  // generator expression inside one is a function of its own.
  if (!async_)
    Unsupported("`await` outside the body of an asynchronous function", e->loc,
                "await in the `async def` itself, not in a nested lambda, comprehension or "
                "generator expression");
  return AwaitValue(Expr(e->value), e->loc);
}

Value GraphBuilder::AwaitValue(Value awaited, SourceLoc loc) {
  loader::HostId awaitable = host_.SupportFunction("rpyc_support.tasks", "awaitable");
  loader::HostId check = host_.SupportFunction("rpyc_support.tasks", "check");
  RPYC_CHECK(awaitable.valid() && check.valid(), "rpyc_support.tasks is missing");
  CallShape one;
  one.positional = 1;
  CallShapeId shape = store_.InternCallShape(one);
  Value task = Op(OpKind::call, {ConstValue(awaitable), awaited}, loc, shape);
  Op(OpKind::await_, {task}, loc);
  // check() first: a task that always fails never sets its result, and
  // reading it would stop the annotator before the handlers.
  Op(OpKind::call, {ConstValue(check), task}, loc, shape);
  return Op(OpKind::getattr, {task, ConstValue(host_.FromStr("_rpyc_result"))}, loc);
}

}  // namespace rpyc::flow
