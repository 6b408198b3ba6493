// Generators on top of the resumable transform (see generator.h).
#include "translator/flow/resumable/generator.h"

#include "common/check.h"
#include "translator/flow/resumable/graph_edit.h"
#include "translator/flow/resumable/resumable.h"
#include "translator/flow/verifier.h"

namespace rpyc::flow {

namespace {

// A method graph `name(self)` of class `cls`, named by a fresh placeholder
// function stored in the class; `body` fills it given (start block, self).
// Returns the graph.
template <typename Fill>
GraphId AddMethod(FlowStore& s, loader::Host& host, loader::HostId cls,
                  const std::string& qualname, const std::string& name, SourceLoc loc,
                  Fill body) {
  loader::HostId fn = host.NewPlaceholderFunction(qualname + "." + name);
  GraphId g = s.NewGraph(name, fn, loc);
  Signature& sig = s.graph(g).signature;
  sig.params = {"self"};
  sig.num_positional = 1;
  sig.defaults = {loader::HostId()};
  VarId self = s.NewVar(g, "self", loc);
  BlockId start = s.NewBlock(g, {self});
  s.graph(g).startblock = start;
  s.graph(g).returnblock = s.NewBlock(g, {s.NewVar(g, "", loc)});
  s.graph(g).exceptblock = s.NewBlock(g, {s.NewVar(g, "evalue", loc)});
  GraphEditor ed(s, host, g);
  body(ed, g, start, self);
  VerifyGraph(s, g);
  s.RegisterGraph(fn, g);
  host.SetAttr(cls, name, fn);
  return g;
}

// _rpyc_item(self): return self._rpyc_value
void AddItemMethod(FlowStore& s, loader::Host& host, loader::HostId cls,
                   const std::string& qualname, SourceLoc loc) {
  AddMethod(s, host, cls, qualname, "_rpyc_item", loc,
            [&](GraphEditor& ed, GraphId g, BlockId start, VarId self) {
              VarId v = ed.GetAttr(start, self, kFrameValue, loc);
              s.NewLink(start, s.graph(g).returnblock, {v}, ExitCase::None);
            });
}

}  // namespace

GraphId MakeGenerator(FlowStore& store, loader::Host& host, GraphId body) {
  const std::string name = store.graph(body).name;
  const SourceLoc loc = store.graph(body).loc;
  ResumableSpec spec;
  spec.suspend_op = OpKind::yield_;
  spec.frame_name = "generator " + name;
  // No common base class: methods of a base are dispatched over every
  // subclass, so one base for all generators would merge the item types
  // of every generator in the program. A value that may be one of two
  // generators is refused by the annotator's union (like two classes).
  ResumableGraphs rg = MakeResumable(store, host, body, spec);
  const loader::HostId cls = rg.frame_class;
  AddItemMethod(store, host, cls, name, loc);
  // __iter__(self): return self
  AddMethod(store, host, cls, name, "__iter__", loc,
            [&](GraphEditor&, GraphId g, BlockId start, VarId self) {
              store.NewLink(start, store.graph(g).returnblock, {self}, ExitCase::None);
            });
  // __next__(self): if not self._rpyc_resume(): raise StopIteration
  //                 return self._rpyc_value
  AddMethod(store, host, cls, name, "__next__", loc,
            [&](GraphEditor& ed, GraphId g, BlockId start, VarId self) {
              VarId ok = ed.CallMethod(start, self, "_rpyc_resume", {}, loc);
              store.block(start).exitswitch = ok;
              BlockId done = store.NewBlock(g, {});
              VarId exc = ed.Call(done, ed.Const(host.Builtin("StopIteration")), {}, loc);
              store.NewLink(done, store.graph(g).exceptblock, {exc}, ExitCase::None);
              VarId s2 = store.NewVar(g, "self", loc);
              BlockId more = store.NewBlock(g, {s2});
              VarId v = ed.GetAttr(more, s2, kFrameValue, loc);
              store.NewLink(more, store.graph(g).returnblock, {v}, ExitCase::None);
              store.NewLink(start, done, {}, ExitCase::False);
              store.NewLink(start, more, {self}, ExitCase::True);
            });
  return rg.create;
}

void AddIteratorAdapter(FlowStore& store, loader::Host& host, loader::HostId cls,
                        SourceLoc loc) {
  if (host.ClassDictGet(cls, "_rpyc_resume").valid()) return;
  const std::string name = host.GetAttr(cls, "__qualname__").ok()
                               ? host.AsStr(host.GetAttr(cls, "__qualname__").value)
                               : "iterator";
  // _rpyc_resume(self):
  //     try: v = self.__next__()
  //     except StopIteration: return False
  //     self._rpyc_value = v; return True
  AddMethod(store, host, cls, name, "_rpyc_resume", loc,
            [&](GraphEditor& ed, GraphId g, BlockId start, VarId self) {
              VarId m = ed.GetAttr(start, self, "__next__", loc);
              VarId v = ed.Call(start, m, {}, loc);
              store.block(start).canraise = true;
              VarId s2 = store.NewVar(g, "self", loc), v2 = store.NewVar(g, "", loc);
              BlockId got = store.NewBlock(g, {s2, v2});
              ed.SetAttr(got, s2, kFrameValue, v2, loc);
              store.NewLink(got, store.graph(g).returnblock, {ed.Bool(true)}, ExitCase::None);
              VarId e = store.NewVar(g, "e", loc);
              BlockId caught = store.NewBlock(g, {e});
              Value stop = ed.Const(host.Builtin("StopIteration"));
              VarId match = ed.Op(caught, OpKind::exc_match, {e, stop}, loc);
              store.block(caught).exitswitch = match;
              store.NewLink(caught, store.graph(g).exceptblock, {e}, ExitCase::False);
              store.NewLink(caught, store.graph(g).returnblock, {ed.Bool(false)}, ExitCase::True);
              store.NewLink(start, got, {self, v}, ExitCase::None);
              VarId last = store.NewVar(g, "evalue", loc);
              LinkId exc = store.NewLink(start, caught, {last}, ExitCase::Exception);
              store.link(exc).last_exc_value = last;
            });
  AddItemMethod(store, host, cls, name, loc);
}

}  // namespace rpyc::flow
