// Generators: a function whose body contains `yield` becomes, through the
// resumable transform (resumable.h), a function that returns a frame
// object. The frame's class gets the iteration protocol as synthetic
// methods (graphs built here, named by placeholder functions):
//
//   _rpyc_resume(self) -> bool   run to the next yield (True) or to the
//                                end (False); the resumable transform
//   _rpyc_item(self)             the value of the last yield
//   __next__(self)               _rpyc_resume, else raise StopIteration;
//                                then the value
//   __iter__(self)               self
//
// `for` loops and the built-ins that consume iterables call
// _rpyc_resume/_rpyc_item directly (no exception per loop); next() calls
// __next__. User classes that define __next__ get the same two methods
// through AddIteratorAdapter, so every iterator looks alike to the
// annotator and the rtyper.
#pragma once

#include "translator/flow/graph.h"
#include "translator/loader/host.h"

namespace rpyc::flow {

// Turns the body graph of a generator function into the graph that
// replaces it (create: returns a new frame); `body` becomes the frame's
// _rpyc_resume method.
GraphId MakeGenerator(FlowStore& store, loader::Host& host, GraphId body);

// Gives user class `cls` (which defines __next__) the methods
// _rpyc_resume (calls __next__, catches StopIteration, keeps the value)
// and _rpyc_item, once.
void AddIteratorAdapter(FlowStore& store, loader::Host& host, loader::HostId cls,
                        SourceLoc loc);

// The for-loop operation `kind` (iter, next_valid, next_item) standing
// for the built-in call `call` (iter(x) / next(x)) on its first argument:
// the annotator and the rtyper type and lower iter()/next() on built-in
// iterators through the rules of the loop operations.
inline Operation IteratorOpOf(const Operation& call, OpKind kind) {
  Operation f = call;
  f.kind = kind;
  f.args = {call.args[1]};
  f.shape = CallShapeId();
  return f;
}

}  // namespace rpyc::flow
