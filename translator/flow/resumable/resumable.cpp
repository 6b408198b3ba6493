// The resumable-function transform (see resumable.h for the design and
// README.md for an example).
#include "translator/flow/resumable/resumable.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/check.h"
#include "translator/flow/resumable/graph_edit.h"
#include "translator/flow/verifier.h"

namespace rpyc::flow {

namespace {

class Transform {
 public:
  Transform(FlowStore& store, loader::Host& host, GraphId body, const ResumableSpec& spec)
      : s_(store), host_(host), g_(body), spec_(spec), ed_(store, host, body) {}

  ResumableGraphs Run() {
    ResumableGraphs out;
    out.frame_class = host_.NewSyntheticClass(spec_.frame_name, spec_.frame_base);
    RPYC_CHECK(out.frame_class.valid(), "could not make a frame class");
    frame_class_ = out.frame_class;
    const FunctionGraph& g = s_.graph(g_);
    loc_ = g.loc;
    BlockId old_start = g.startblock, old_return = g.returnblock, old_except = g.exceptblock;
    std::vector<BlockId> body_blocks = g.blocks;
    out.create = MakeCreateGraph();

    // The resume graph's own final blocks.
    BlockId new_return = s_.NewBlock(g_, {s_.NewVar(g_, "", loc_)});
    BlockId new_except = s_.NewBlock(g_, {s_.NewVar(g_, "evalue", loc_)});
    s_.graph(g_).returnblock = new_return;
    s_.graph(g_).exceptblock = new_except;
    // Every body block (the old final blocks included) takes the frame.
    for (BlockId b : body_blocks) {
      VarId f = s_.NewVar(g_, "frame", loc_);
      Block& block = s_.block(b);
      block.inputargs.insert(block.inputargs.begin(), f);
      frame_of_[b.index] = f;
    }
    for (BlockId b : body_blocks)
      for (LinkId l : s_.block(b).exits) {
        Link& link = s_.link(l);
        link.args.insert(link.args.begin(), frame_of_.at(b.index));
        if (!link.arg_locs.empty()) link.arg_locs.insert(link.arg_locs.begin(), loc_);
      }
    FinishReturn(old_return, new_return);
    FinishExcept(old_except, new_except);

    // Split at every suspension point (a block may hold several).
    live_inputs_ = LiveInputs(s_, g_);
    std::vector<BlockId> work(body_blocks.rbegin(), body_blocks.rend());
    while (!work.empty()) {
      BlockId b = work.back();
      work.pop_back();
      const auto& ops = s_.block(b).operations;
      for (size_t i = 0; i < ops.size(); ++i) {
        if (ops[i].kind != spec_.suspend_op) continue;
        work.push_back(Split(b, i));
        break;
      }
    }
    MakeDispatch(old_start);
    FunctionGraph& rg = s_.graph(g_);
    rg.signature = Signature();
    rg.signature.params = {"frame"};
    rg.signature.num_positional = 1;
    rg.signature.defaults = {loader::HostId()};
    out.resume = g_;
    out.num_points = static_cast<int>(resume_blocks_.size());
    loader::HostId resume_fn = host_.NewPlaceholderFunction(rg.name + "._rpyc_resume");
    host_.SetAttr(out.frame_class, "_rpyc_resume", resume_fn);
    s_.graph(g_).function = resume_fn;
    s_.RegisterGraph(resume_fn, g_);
    VerifyGraph(s_, out.create);
    VerifyGraph(s_, g_);
    return out;
  }

 private:
  // create(params...): allocates the frame, stores the parameters and
  // state 0, returns the frame.
  GraphId MakeCreateGraph() {
    const FunctionGraph& body = s_.graph(g_);
    GraphId c = s_.NewGraph(body.name, body.function, body.loc);
    s_.graph(c).signature = body.signature;
    std::vector<VarId> params;
    for (VarId p : s_.block(body.startblock).inputargs)
      params.push_back(s_.NewVar(c, s_.var(p).name, s_.var(p).loc));
    param_names_.clear();
    for (const std::string& name : body.signature.params)
      param_names_.push_back(name.empty() || name[0] == '#'
                                 ? std::to_string(param_names_.size())
                                 : name);
    BlockId start = s_.NewBlock(c, params);
    BlockId ret = s_.NewBlock(c, {s_.NewVar(c, "", loc_)});
    BlockId exc = s_.NewBlock(c, {s_.NewVar(c, "evalue", loc_)});
    s_.graph(c).startblock = start;
    s_.graph(c).returnblock = ret;
    s_.graph(c).exceptblock = exc;
    GraphEditor ed(s_, host_, c);
    VarId frame = ed.Call(start, ed.Const(frame_class_), {}, loc_);
    for (size_t i = 0; i < params.size(); ++i)
      ed.SetAttr(start, frame, ParamField(i), params[i], loc_);
    ed.SetAttr(start, frame, kFrameState, ed.Int(0), loc_);
    s_.NewLink(start, ret, {frame}, ExitCase::None);
    return c;
  }

  std::string ParamField(size_t i) const { return "_rpyc_arg_" + param_names_[i]; }

  // The body's return: the frame is finished, the function returns False.
  void FinishReturn(BlockId old_return, BlockId new_return) {
    VarId frame = frame_of_.at(old_return.index);
    VarId value = s_.block(old_return).inputargs[1];
    ed_.SetAttr(old_return, frame, kFrameState, ed_.Int(-1), loc_);
    if (spec_.keep_result) ed_.SetAttr(old_return, frame, kFrameResult, value, loc_);
    s_.NewLink(old_return, new_return, {ed_.Bool(false)}, ExitCase::None);
  }

  // An exception escaping the body finishes the frame, then propagates.
  void FinishExcept(BlockId old_except, BlockId new_except) {
    VarId frame = frame_of_.at(old_except.index);
    VarId exc = s_.block(old_except).inputargs[1];
    ed_.SetAttr(old_except, frame, kFrameState, ed_.Int(-1), loc_);
    s_.NewLink(old_except, new_except, {exc}, ExitCase::None);
  }

  // Splits block b at its suspension operation `at`: b saves the live
  // variables and returns True; a new resume block restores them and runs
  // the rest of b. Returns the resume block.
  BlockId Split(BlockId b, size_t at) {
    int point = static_cast<int>(resume_blocks_.size()) + 1;
    Operation suspend = s_.block(b).operations[at];
    VarId frame = frame_of_.at(b.index);
    std::vector<VarId> live = LiveVariablesAt(s_, b, at + 1, &live_inputs_);
    live.erase(std::remove_if(live.begin(), live.end(),
                              [&](VarId v) { return v == frame || v == suspend.result; }),
               live.end());
    std::vector<Operation> reread = BoundMethodsIn(b, at, &live);

    VarId new_frame = s_.NewVar(g_, "frame", suspend.loc);
    BlockId r = s_.NewBlock(g_, {new_frame});
    s_.block(r).loc = suspend.loc;
    frame_of_[r.index] = new_frame;
    std::map<uint32_t, Value> rename{{frame.index, new_frame}};
    for (size_t i = 0; i < live.size(); ++i) {
      std::string field = "_rpyc_" + std::to_string(point) + "_" + std::to_string(i);
      VarId restored = ed_.GetAttr(r, new_frame, field, suspend.loc, s_.var(live[i]).name);
      rename[live[i].index] = restored;
    }
    for (Operation op : reread) {
      for (Value& a : op.args)
        if (a.is_var() && rename.count(a.var().index)) a = rename.at(a.var().index);
      VarId v = ed_.Op(r, op.kind, op.args, op.loc, s_.var(op.result).name);
      rename[op.result.index] = v;
    }
    // The value the suspension expression produces on resumption.
    Value resumed = spec_.resume_value_field.empty()
                        ? Value(ed_.Const(host_.None()))
                        : Value(ed_.GetAttr(r, new_frame, spec_.resume_value_field, suspend.loc));
    s_.block(r).operations.push_back(
        Operation{OpKind::same_as, {resumed}, suspend.result, suspend.loc, {}});
    s_.var(suspend.result).graph = g_;

    // Move the rest of b (operations, switch, exits) into r, renamed.
    Block& src = s_.block(b);
    auto ren = [&](Value v) {
      if (!v.is_var()) return v;
      auto it = rename.find(v.var().index);
      return it == rename.end() ? v : it->second;
    };
    std::set<uint32_t> defined_in_tail;
    for (size_t i = at + 1; i < src.operations.size(); ++i) {
      Operation op = src.operations[i];
      for (Value& a : op.args) a = ren(a);
      defined_in_tail.insert(op.result.index);
      s_.block(r).operations.push_back(std::move(op));
    }
    Block& tail = s_.block(r);
    Block& head = s_.block(b);
    tail.exitswitch = ren(head.exitswitch);
    tail.canraise = head.canraise;
    tail.exits = head.exits;
    for (LinkId l : tail.exits) {
      Link& link = s_.link(l);
      link.prev = r;
      for (Value& a : link.args) {
        if (IsCaught(link, a) || !a.is_var()) continue;
        Value renamed = ren(a);
        // A value saved nowhere feeds a dead input: pass "undefined".
        if (renamed == a && !defined_in_tail.count(a.var().index) && a.var() != suspend.result)
          renamed = ed_.Const(host_.Undefined());
        a = renamed;
      }
    }
    head.operations.resize(at);
    head.exitswitch = Value();
    head.canraise = false;
    head.exits.clear();

    // b: save the suspended value, the state and the live variables.
    ed_.SetAttr(b, frame, kFrameValue, suspend.args[0], suspend.loc);
    ed_.SetAttr(b, frame, kFrameState, ed_.Int(point), suspend.loc);
    for (size_t i = 0; i < live.size(); ++i)
      ed_.SetAttr(b, frame, "_rpyc_" + std::to_string(point) + "_" + std::to_string(i), live[i],
                  suspend.loc);
    s_.NewLink(b, s_.graph(g_).returnblock, {ed_.Bool(true)}, ExitCase::None);
    resume_blocks_.push_back(r);
    return r;
  }

  // A method read before the suspension and called after it
  // (`got.append(await x)`, `out.write((yield v))`) is read again on
  // resumption instead of being saved: a frame field holds values, and a
  // bound method is only meaningful to the call that follows it. Its
  // receiver is saved instead. Removes those variables from `live` and
  // returns their getattr operations.
  std::vector<Operation> BoundMethodsIn(BlockId b, size_t at, std::vector<VarId>* live) {
    const Block& blk = s_.block(b);
    std::vector<Operation> reread;
    auto only_callee = [&](VarId v) {
      for (size_t i = at + 1; i < blk.operations.size(); ++i) {
        const Operation& op = blk.operations[i];
        for (size_t k = 0; k < op.args.size(); ++k)
          if (op.args[k] == Value(v) && !(k == 0 && op.kind == OpKind::call)) return false;
      }
      if (blk.exitswitch == Value(v)) return false;
      for (LinkId l : blk.exits)
        for (Value a : s_.link(l).args)
          if (a == Value(v)) return false;
      return true;
    };
    std::vector<VarId> kept;
    std::vector<VarId> receivers;
    for (VarId v : *live) {
      const Operation* def = nullptr;
      for (size_t i = 0; i < at; ++i)
        if (blk.operations[i].result == v) def = &blk.operations[i];
      if (!def || def->kind != OpKind::getattr || !only_callee(v)) {
        kept.push_back(v);
        continue;
      }
      reread.push_back(*def);
      if (def->args[0].is_var()) receivers.push_back(def->args[0].var());
    }
    for (VarId r : receivers)
      if (std::find(kept.begin(), kept.end(), r) == kept.end()) kept.push_back(r);
    *live = std::move(kept);
    return reread;
  }

  // The new start block: read the state and jump to the entry (0), to a
  // resume point (k), or return False (finished).
  void MakeDispatch(BlockId old_start) {
    VarId frame = s_.NewVar(g_, "frame", loc_);
    BlockId start = s_.NewBlock(g_, {frame});
    s_.graph(g_).startblock = start;
    // Start first in the block list, for readable dumps.
    auto& blocks = s_.graph(g_).blocks;
    blocks.erase(std::find(blocks.begin(), blocks.end(), start));
    blocks.insert(blocks.begin(), start);
    VarId state = ed_.GetAttr(start, frame, kFrameState, loc_);

    // state 0: the parameters, then the body's start block.
    std::vector<BlockId> targets;
    VarId f0 = s_.NewVar(g_, "frame", loc_);
    BlockId entry = s_.NewBlock(g_, {f0});
    std::vector<Value> entry_args{f0};
    for (size_t i = 0; i < param_names_.size(); ++i)
      entry_args.push_back(ed_.GetAttr(entry, f0, ParamField(i), loc_,
                                       s_.var(s_.block(old_start).inputargs[i + 1]).name));
    s_.NewLink(entry, old_start, entry_args, ExitCase::None);
    targets.push_back(entry);
    for (BlockId r : resume_blocks_) targets.push_back(r);

    BlockId cur = start;
    VarId cur_frame = frame, cur_state = state;
    for (size_t k = 0; k < targets.size(); ++k) {
      VarId is_k = ed_.Op(cur, OpKind::eq, {cur_state, ed_.Int(static_cast<int64_t>(k))}, loc_);
      s_.block(cur).exitswitch = is_k;
      bool last = k + 1 == targets.size();
      BlockId next;
      VarId next_frame, next_state;
      if (!last) {
        next_frame = s_.NewVar(g_, "frame", loc_);
        next_state = s_.NewVar(g_, "state", loc_);
        next = s_.NewBlock(g_, {next_frame, next_state});
        s_.NewLink(cur, next, {cur_frame, cur_state}, ExitCase::False);
      } else {
        s_.NewLink(cur, s_.graph(g_).returnblock, {ed_.Bool(false)}, ExitCase::False);
      }
      s_.NewLink(cur, targets[k], {cur_frame}, ExitCase::True);
      cur = next;
      cur_frame = next_frame;
      cur_state = next_state;
    }
  }

  FlowStore& s_;
  loader::Host& host_;
  GraphId g_;
  const ResumableSpec& spec_;
  GraphEditor ed_;
  loader::HostId frame_class_;
  SourceLoc loc_;
  std::vector<std::string> param_names_;
  std::map<uint32_t, VarId> frame_of_;  // block index -> its frame variable
  std::vector<BlockId> resume_blocks_;  // resume point k is resume_blocks_[k - 1]
  std::set<uint32_t> live_inputs_;      // LiveInputs of the body
};

}  // namespace

ResumableGraphs MakeResumable(FlowStore& store, loader::Host& host, GraphId body,
                              const ResumableSpec& spec) {
  return Transform(store, host, body, spec).Run();
}

}  // namespace rpyc::flow
