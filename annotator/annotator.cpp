// The annotator's fixpoint engine: worklist, merging, and call graph
// bookkeeping. The per-operation rules are in annotate_ops.cpp and
// annotate_calls.cpp.
#include "annotator/annotator.h"

#include "common/check.h"
#include "translator/flow/printer.h"

namespace rpyc::annotator {

Annotator::Annotator(flow::FlowStore& store, flow::FlowBuilder& builder, loader::Host& host,
                     DiagnosticEngine& diags)
    : store_(store), builder_(builder), host_(host), diags_(diags) {
  anns_.common_base = [this](uint32_t a, uint32_t b) {
    uint32_t c = CommonBase(a, b);
    // Any answer does after a merge request: this round is thrown away.
    return c == kNoClass && RequestSiteMerge(a, b) ? a : c;
  };
  anns_.common_base_query = [this](uint32_t a, uint32_t b) { return CommonBase(a, b); };
  anns_.class_name = [this](uint32_t c) { return classdefs_[c].name; };
  anns_.is_function = [this](loader::HostId f) {
    return host_.Kind(f) == loader::HostKind::Function;
  };
}

void Annotator::Error(Diagnostic d) {
  if (failed_) return;  // report the first error only: later ones cascade
  diags_.Emit(d);
  failed_ = true;
}

AnnId Annotator::ConstantAnnotation(loader::HostId value) {
  if (value == host_.Undefined()) return anns_.impossible();
  if (AnnId js = AnnotateJsConstant(*this, value); js.valid()) return js;
  if (host_.Is(host_.TypeOf(value), "rpython.rlib.rarithmetic", "r_uint")) return anns_.uinteger();
  switch (host_.Kind(value)) {
    case loader::HostKind::None:
      return anns_.none();
    case loader::HostKind::Bool:
      return anns_.boolean();
    case loader::HostKind::Int:
      return anns_.integer(host_.AsInt(value) >= 0);
    case loader::HostKind::Float:
      return anns_.floating();
    case loader::HostKind::Str:
      return anns_.str();
    case loader::HostKind::Bytes:
      return anns_.bytes();
    case loader::HostKind::Tuple: {
      std::vector<AnnId> items;
      for (loader::HostId item : host_.TupleItems(value)) {
        AnnId a = ConstantAnnotation(item);
        if (anns_.get(a).kind == AnnKind::Object) return a;
        items.push_back(a);
      }
      return anns_.tuple(std::move(items));
    }
    case loader::HostKind::Class:
      // A class used as a value is a pointer to its vtable: it needs a
      // ClassDef even when the program makes no instance of it.
      GetClassDef(value);
      return anns_.pbc({value});
    case loader::HostKind::Function:
    case loader::HostKind::BuiltinFunction:
    case loader::HostKind::Module:
      return anns_.pbc({value});
    case loader::HostKind::List: {
      // A prebuilt list: one ListDef per list object, its items merged.
      auto it = prebuilt_lists_.find(value.index);
      if (it != prebuilt_lists_.end()) return anns_.list(it->second);
      ListDefId def = anns_.NewListDef(anns_.impossible());
      prebuilt_lists_[value.index] = def;
      for (loader::HostId item : host_.TupleItems(value)) {
        AnnId a = ConstantAnnotation(item);
        if (anns_.get(a).kind == AnnKind::Object || !anns_.GeneralizeItem(def, a))
          return anns_.object();
      }
      return anns_.list(def);
    }
    case loader::HostKind::Instance:
      return PrebuiltInstance(value);
    case loader::HostKind::Dict:
      return PrebuiltDict(value);
    case loader::HostKind::BigInt:
    case loader::HostKind::Other:
      return anns_.object();
  }
  RPYC_UNREACHABLE("host kind");
}

AnnId Annotator::annotation(flow::Value v) {
  if (v.is_var()) return binding(v.var());
  return ConstantAnnotation(store_.cst(v.cst()).value);
}

const CallTarget* Annotator::call_target(flow::VarId result) const {
  auto it = call_targets_.find(result.index);
  return it == call_targets_.end() ? nullptr : &it->second;
}

void Annotator::SetBinding(flow::VarId v, AnnId a, SourceLoc origin) {
  Origin o;
  o.loc = origin;
  SetBinding(v, a, o);
}

void Annotator::SetBinding(flow::VarId v, AnnId a, const Origin& origin) {
  if (bindings_.size() <= v.index) {
    bindings_.resize(store_.num_vars(), anns_.impossible());
    origins_.resize(store_.num_vars());
  }
  bindings_[v.index] = a;
  origins_[v.index] = origin;
}

const Annotator::Origin& Annotator::origin(flow::VarId v) const {
  static const Origin kNone;
  return v.index < origins_.size() ? origins_[v.index] : kNone;
}

static bool SameLoc(SourceLoc a, SourceLoc b) {
  return a.file == b.file && a.line == b.line && a.col == b.col;
}

Annotator::Origin Annotator::ResultOrigin(const flow::Operation& op) const {
  Origin o;
  o.loc = op.loc;
  const CallTarget* t = call_target(op.result);
  if (!t) return o;
  flow::GraphId callee = t->graph;
  if (!callee.valid() && !t->impls.empty()) callee = t->impls.front().second;
  if (!callee.valid() || t->kind == CallTarget::Kind::ClassCall ||
      t->kind == CallTarget::Kind::ClassFamily)
    return o;
  o.how = FlowKind::CallResult;
  o.graph = callee;
  o.from = store_.block(store_.graph(callee).returnblock).inputargs[0];
  return o;
}

void Annotator::NoteFlowChain(Diagnostic& d, flow::VarId v, SourceLoc shown) {
  // Copies along links stay inside one function and add no note; every
  // step across a call or a return does. Loops and long chains are cut.
  constexpr int kMaxNotes = 6;
  std::set<uint32_t> seen;
  SourceLoc last = shown;
  int notes = 0;
  while (v.valid() && notes < kMaxNotes && seen.insert(v.index).second) {
    const Origin& o = origin(v);
    std::string type = Describe(binding(v));
    std::string fn = o.graph.valid() ? store_.graph(o.graph).name : std::string("?");
    bool fresh = !SameLoc(o.loc, last) && o.loc.line != 0;
    switch (o.how) {
      case FlowKind::Link:
        break;
      case FlowKind::Argument:
        if (fresh) d.Note(DiagKind::FlowArgument, o.loc, {type, store_.var(v).name, fn});
        break;
      case FlowKind::Return:
        if (fresh) d.Note(DiagKind::FlowReturn, o.loc, {type, fn});
        break;
      case FlowKind::CallResult:
        if (fresh) d.Note(DiagKind::FlowCallResult, o.loc, {type, fn});
        break;
      case FlowKind::Computed:
        if (fresh) d.Note(DiagKind::ConflictingValue, o.loc, {type});
        return;
    }
    if (fresh && o.how != FlowKind::Link) {
      last = o.loc;
      ++notes;
    }
    v = o.from;
  }
}

void Annotator::ReadList(ListDefId d) {
  std::vector<uint32_t>& readers = anns_.listdef(d).readers;
  for (uint32_t r : readers)
    if (r == current_block_.index) return;
  readers.push_back(current_block_.index);
}

AnnId Annotator::ListMadeBy(const flow::Operation& op, AnnId item, uint32_t slot) {
  auto key = std::make_pair(op.result.index, slot);
  auto it = op_listdefs_.find(key);
  if (it == op_listdefs_.end()) it = op_listdefs_.emplace(key, anns_.NewListDef(item)).first;
  if (!anns_.GeneralizeItem(it->second, item)) {
    Error(Diagnostic(DiagKind::UnionMismatch, op.loc,
                     {Describe(anns_.listdef(it->second).item), Describe(item), "the list's items"}));
    return anns_.impossible();
  }
  return anns_.list(it->second);
}

void Annotator::FlushWidened() {
  for (ListDefId d : anns_.TakeWidened())
    for (uint32_t r : anns_.listdef(d).readers) Schedule(flow::BlockId(r));
}

void Annotator::Schedule(flow::BlockId b) {
  if (scheduled_.insert(b.index).second) worklist_.push_back(b);
}

flow::GraphId Annotator::GraphFor(loader::HostId func, SourceLoc site) {
  flow::GraphId g = builder_.GetGraph(func, site);
  if (!g.valid()) {
    failed_ = true;  // the builder reported why
    return g;
  }
  function_graphs_[func.index] = g;
  if (known_graphs_.insert(g.index).second) {
    graphs_.push_back(g);
    // Processed at least once, even without parameters to merge.
    Schedule(store_.graph(g).startblock);
  }
  return g;
}

bool Annotator::Run(loader::HostId entry) {
  SourceLoc nowhere;
  if (entry.valid()) {
    entry_graph_ = GraphFor(entry, nowhere);
    if (!entry_graph_.valid()) return false;
    const flow::FunctionGraph& g = store_.graph(entry_graph_);
    if (host_.IsAsyncFunction(entry)) {
      Error(Diagnostic(DiagKind::BadEntrySignature, g.loc,
                       {"the entry point `" + g.name +
                        "` must not be asynchronous: call asynchronous functions from it (each "
                        "call starts a task)"}));
      return false;
    }
    if (g.signature.params.size() != 1) {
      Error(Diagnostic(DiagKind::BadEntrySignature, g.loc,
                       {"the entry point `" + g.name + "` must take exactly one argument (argv)"}));
      return false;
    }
    AnnId argv = anns_.list(anns_.NewListDef(anns_.str()));
    MergeInputs(g.startblock, {argv}, {g.loc}, [](size_t) { return std::string("`argv`"); });
  }
  // Functions exported to JS are roots too (annotate_js.cpp).
  if (!RunExports(entry)) return false;
  Fixpoint();
  // Programs with asynchronous functions: the runtime checks for failed
  // tasks nobody awaited whenever control returns to the event loop.
  loader::HostId start = host_.SupportFunction("rpyc_support.tasks", "start");
  if (!failed_ && start.valid() && GraphOfFunction(start).valid()) {
    tasks_turn_end_ = CallFromOutside(host_.SupportFunction("rpyc_support.tasks", "turn_end"), {},
                                      AnnId(), SourceLoc());
    Fixpoint();
  }
  if (!failed_ && js_.used) {
    // The runtime raises JSError through this support function when a JS
    // operation throws.
    loader::HostResult mod = host_.Call(host_.Builtin("__import__"), {host_.FromStr("javascript")});
    loader::HostResult f = mod.ok() ? host_.GetAttr(mod.value, "_raise_js_error") : mod;
    if (f.ok()) js_.raise_error = CallFromOutside(f.value, {anns_.str()}, AnnId(), SourceLoc());
    // Asynchronous callbacks and exports return promises of their tasks.
    std::vector<flow::GraphId> from_js = js_.callbacks;
    for (const auto& [name, g] : js_.exports) from_js.push_back(g);
    for (flow::GraphId g : from_js) {
      AnnId r = binding(store_.block(store_.graph(g).returnblock).inputargs[0]);
      if (IsTaskValue(*this, r)) RegisterTaskPromise(*this, r, store_.graph(g).loc);
    }
    if (js_.awaits) {
      // The runtime settles awaited promises through this function.
      loader::HostId settled = host_.SupportFunction("javascript", "_js_settled");
      loader::HostId cls = host_.SupportFunction("javascript", "_PromiseTask");
      js_.task_settled = CallFromOutside(
          settled, {anns_.instance(GetClassDef(cls)), anns_.js(false), anns_.integer(), anns_.str()},
          AnnId(), SourceLoc());
    }
    Fixpoint();
  }
  DropUncalledVersions();
  CheckReads();
  // The exit status is main's result: an int, a bool or None.
  if (!failed_ && entry_graph_.valid()) {
    AnnId r = binding(store_.block(store_.graph(entry_graph_).returnblock).inputargs[0]);
    AnnKind k = anns_.get(r).kind;
    if (k != AnnKind::Int && k != AnnKind::Bool && k != AnnKind::None && k != AnnKind::Impossible)
      Error(Diagnostic(DiagKind::BadEntrySignature, store_.graph(entry_graph_).loc,
                       {"the entry point `" + store_.graph(entry_graph_).name +
                        "` must return an int or None, not `" + Describe(r) + "`"}));
  }
  return !failed_ && diags_.error_count() == 0;
}

void Annotator::Fixpoint() {
  for (;;) {
    while (!worklist_.empty() && !failed_) {
      // Process in FIFO order for determinism and reasonable convergence.
      flow::BlockId b = worklist_.front();
      worklist_.erase(worklist_.begin());
      scheduled_.erase(b.index);
      ProcessBlock(b);
    }
    if (failed_) break;
    // Call families may have drifted apart (a member called elsewhere with
    // wider arguments): unify them again until stable.
    for (const auto& [r, fam] : families_) {
      UnifyFamily(fam.first, fam.second);
      if (failed_) break;
    }
    if (failed_) break;
    // Rules waiting for items that never came: their lists stay empty.
    if (worklist_.empty())
      for (const auto& [r, b] : waiting_items_)
        if (settled_items_.insert(r).second) Schedule(b);
    if (worklist_.empty()) break;
  }
}

bool Annotator::ItemsSettled(const flow::Operation& op) {
  if (settled_items_.count(op.result.index)) return true;
  waiting_items_.emplace(op.result.index, current_block_);
  return false;
}

// After the last fixpoint: reads that can only fail in CPython.
void Annotator::CheckReads() {
  // An attribute of a value that is only ever None would raise
  // AttributeError in CPython: refuse it rather than translate it.
  for (const flow::Operation* op : none_blocked_) {
    if (failed_) break;
    // A built-in call waits on its first argument (AnnotateBuiltinCall).
    bool call = op->kind == flow::OpKind::call;
    std::vector<AnnId> args;
    for (flow::Value v : op->args) args.push_back(annotation(v));
    if (anns_.get(args[call ? 1 : 0]).kind != AnnKind::None && !IsArithmeticOnNone(*op, args))
      continue;
    std::string what = std::string("`") + flow::OpSymbol(op->kind) + "`";
    if (op->kind == flow::OpKind::getattr)
      what = "attribute `" + host_.AsStr(store_.cst(op->args[1].cst()).value) + "`";
    if (call) {
      loader::HostResult name = op->args[0].is_const()
                                    ? host_.GetAttr(store_.cst(op->args[0].cst()).value, "__name__")
                                    : loader::HostResult{};
      what = name.ok() ? "`" + host_.AsStr(name.value) + "()`" : "a built-in call";
    }
    Error(Diagnostic(DiagKind::UnsupportedOperation, op->loc,
                     {what, "a value that is always `None`"}));
  }
  // An instance shown by str()/repr() whose class has no such method.
  for (const RequiredMethod& r : required_methods_) {
    std::vector<uint32_t> below;
    Subtree(r.classdef, &below);
    for (uint32_t s : below) {
      uint32_t definer;
      if (failed_ || !classdefs_[s].instantiated) continue;
      loader::HostId f = LookupClassAttr(s, r.name, &definer);
      if (f.valid() && host_.Kind(f) == loader::HostKind::Function) continue;
      std::string cls = classdefs_[s].name;
      if (r.name == kStrForm || r.name == "__repr__") {
        const char* what = r.name == kStrForm ? "__str__ or __repr__" : "__repr__";
        Error(Diagnostic(DiagKind::BadCallArgs, r.op->loc,
                         {"the string form of an instance of `" + cls + "` without " + what +
                          " (CPython shows its address) is not supported"}));
      } else {
        Error(Diagnostic(DiagKind::BadCallArgs, r.op->loc,
                         {"an instance of `" + cls + "` may reach this operation, which calls `" +
                          r.name + "`: only some subclasses of `" +
                          classdefs_[r.classdef].name + "` define it (define it on `" +
                          classdefs_[r.classdef].name + "`, or never instantiate `" + cls +
                          "`)"}));
      }
    }
  }
  CheckExceptionArgsReads();
  for (const auto& [op, c] : unset_reads_) {
    if (failed_) break;
    if (binding(op->result) != anns_.impossible()) continue;
    std::string name = host_.AsStr(store_.cst(op->args[1].cst()).value);
    // Fields of generator and task frames are set by the transform's code,
    // which runs before any read of them can (an empty generator never
    // sets its item, and never has it read).
    if (name.compare(0, 6, "_rpyc_") == 0) continue;
    if (name == "wait" && IsTaskValue(*this, anns_.instance(c))) {
      Error(Diagnostic(DiagKind::UnsupportedOperation, op->loc,
                       {"`.wait()`", "a task outside an asynchronous function (only an "
                                     "asynchronous function can wait)"}));
      continue;
    }
    // CPython's generator methods other than __next__: the frame class
    // (translator/flow/resumable/generator.cpp) has none of them.
    if (classdefs_[c].name.compare(0, 10, "generator ") == 0 &&
        (name == "send" || name == "close" || name == "throw")) {
      Error(Diagnostic(DiagKind::NotSupportedYet, op->loc,
                       {"`" + name + "()` on a generator",
                        name == "send"
                            ? "rpyc's generators advance only with next() and loops, and a "
                              "`yield` expression is always None"
                            : "rpyc does not raise an exception inside a suspended generator"}));
      continue;
    }
    if (name == "args" && classdefs_[c].is_exception) {
      // Its items may have different types at each raise site.
      Error(Diagnostic(DiagKind::NotSupportedYet, op->loc,
                       {"`.args` of an exception",
                        "use str(e) or repr(e), or keep the values in fields of your own "
                        "exception class"}));
      continue;
    }
    Error(Diagnostic(DiagKind::UnsupportedOperation, op->loc,
                     {"attribute `" + name + "`",
                      "`" + classdefs_[c].name + "`, which never sets it (CPython raises "
                      "AttributeError)"}));
  }
}

void Annotator::MergeInputs(flow::BlockId target, const std::vector<AnnId>& incoming,
                            const std::vector<SourceLoc>& locs,
                            const std::function<std::string(size_t)>& what,
                            const std::vector<Origin>& sources) {
  const flow::Block& block = store_.block(target);
  bool changed = false;
  for (size_t i = 0; i < block.inputargs.size() && i < incoming.size(); ++i) {
    flow::VarId v = block.inputargs[i];
    AnnId old = binding(v);
    AnnId merged = anns_.Union(old, incoming[i]);
    if (anns_.get(merged).kind == AnnKind::Object) {
      SourceLoc here = i < locs.size() ? locs[i] : SourceLoc();
      SourceLoc there = origins_[v.index].loc;
      AnnId here_ann = incoming[i], there_ann = old;
      flow::VarId here_from = i < sources.size() ? sources[i].from : flow::VarId();
      flow::VarId there_from = origins_[v.index].from;
      // Report in source order: the error at the later place, the note at
      // the earlier one, whichever the fixpoint happened to meet first.
      if (here.file == there.file &&
          (here.line < there.line || (here.line == there.line && here.col < there.col))) {
        std::swap(here, there);
        std::swap(here_ann, there_ann);
        std::swap(here_from, there_from);
      }
      Diagnostic d(DiagKind::UnionMismatch, here,
                   {Describe(there_ann), Describe(here_ann), what(i)});
      NoteFlowChain(d, here_from, here);
      d.Note(DiagKind::FirstInferred, there, {what(i), Describe(there_ann)});
      NoteFlowChain(d, there_from, there);
      Error(std::move(d));
      return;
    }
    if (merged != old) {
      if (old == anns_.impossible()) {
        Origin o = i < sources.size() ? sources[i] : Origin();
        o.loc = i < locs.size() ? locs[i] : SourceLoc();
        SetBinding(v, merged, o);
      } else {
        SetBinding(v, merged, Origin(origins_[v.index]));
      }
      changed = true;
    }
  }
  // A block without input arguments (made by a transform) is scheduled
  // the first time a link reaches it.
  if (changed || (block.inputargs.empty() && !reached_.count(target.index))) Schedule(target);
  FlushWidened();
}

void Annotator::ProcessBlock(flow::BlockId bid) {
  // Annotating a call may build new flow graphs, which grows the store:
  // hold ids, not references to blocks and graphs, across operations.
  // (Operation references stay valid: a block's operation list does not
  // change during annotation.)
  flow::GraphId gid = store_.block(bid).graph;
  CheckContext ctx("annotating " + store_.graph(gid).name);
  current_block_ = bid;
  reached_.insert(bid.index);
  bool blocked = false;  // the last operation never returns normally
  for (size_t i = 0; i < store_.block(bid).operations.size(); ++i) {
    const flow::Operation& op = store_.block(bid).operations[i];
    AnnId a = AnnotateOp(bid, op);
    if (failed_) return;
    FlushWidened();
    AnnId old = binding(op.result);
    AnnId merged = anns_.Union(old, a);
    if (anns_.get(merged).kind == AnnKind::Object) {
      Diagnostic d(DiagKind::UnionMismatch, op.loc,
                   {Describe(old), Describe(a), "the result of this operation"});
      Error(std::move(d));
      return;
    }
    if (merged != old) SetBinding(op.result, merged, ResultOrigin(op));
    // No value (yet): a call to a function that has not returned so far,
    // or never returns. The rest of the block is not reached until it
    // does (RPython's "blocked block"); the rtyper ends it there. When it
    // is the raising operation of a `try` block, its handlers are reached.
    if (merged == anns_.impossible()) {
      bool last = i + 1 == store_.block(bid).operations.size();
      if (!last || !store_.block(bid).canraise) return;
      blocked = true;
    }
  }
  const flow::Block& block = store_.block(bid);
  const flow::FunctionGraph& g = store_.graph(gid);
  for (flow::LinkId lid : block.exits) {
    const flow::Link& link = store_.link(lid);
    if (blocked && link.exitcase != flow::ExitCase::Exception) continue;
    if (link.exitcase == flow::ExitCase::Exception) {
      // The caught exception: any instance of BaseException.
      AnnId any = anns_.instance(BaseExceptionDef());
      if (binding(link.last_exc_value) != any) SetBinding(link.last_exc_value, any, store_.block(bid).operations.back().loc);
    }
    std::vector<AnnId> incoming;
    for (flow::Value v : link.args) incoming.push_back(annotation(v));
    const flow::Block& target = store_.block(link.target);
    bool is_return = link.target == g.returnblock;
    std::vector<SourceLoc> locs = link.arg_locs;
    if (locs.size() < link.args.size()) {
      locs.resize(link.args.size());
      for (size_t i = 0; i < link.args.size(); ++i)
        if (link.args[i].is_var()) locs[i] = store_.var(link.args[i].var()).loc;
    }
    AnnId before = is_return ? binding(target.inputargs[0]) : AnnId();
    std::vector<Origin> sources(link.args.size());
    for (size_t i = 0; i < link.args.size(); ++i) {
      sources[i].how = is_return ? FlowKind::Return : FlowKind::Link;
      if (link.args[i].is_var()) sources[i].from = link.args[i].var();
      if (is_return) sources[i].graph = gid;
    }
    MergeInputs(
        link.target, incoming, locs,
        [&](size_t i) -> std::string {
          if (is_return) return "the return value of `" + g.name + "`";
          const std::string& name = store_.var(target.inputargs[i]).name;
          return name.empty() ? "a value" : "`" + name + "`";
        },
        sources);
    if (failed_) return;
    if (is_return && binding(target.inputargs[0]) != before) {
      for (uint32_t caller : callers_[block.graph.index]) Schedule(flow::BlockId(caller));
    }
  }
}

std::string Annotator::Dump() {
  std::string out;
  for (flow::GraphId g : graphs_) {
    out += flow::PrintGraph(store_, host_, g,
                            [&](flow::VarId v) { return Describe(binding(v)); });
    out += "\n";
  }
  return out;
}

}  // namespace rpyc::annotator
