// GraphBuilder: the per-function state of the flow graph builder (see
// builder.h for the overview). Statement handlers live in
// build_stmt.cpp, expression handlers in build_expr.cpp.
//
// Frame state. `state_` maps each bound local name to its current Value.
// Hidden loop state (the counter of a range loop, its stop and step) is
// kept under names starting with '#', which no Python name can spell, so
// it flows through blocks exactly like locals.
//
// Joins. A region that ends (an if branch, a loop exit, a break) leaves a
// PendingExit: the block it ended in and its state. Join() makes one
// block whose input arguments are the names bound in every pending state
// (names bound to the same Constant everywhere stay constant), and links
// each pending block to it.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "translator/ast/ast.h"
#include "translator/flow/graph.h"
#include "translator/flow/scopes.h"
#include "translator/loader/host.h"

namespace rpyc::flow {

using FrameState = std::map<std::string, Value>;

// Where each name in a FrameState was bound (for diagnostics).
using BindingLocs = std::map<std::string, SourceLoc>;

struct PendingExit {
  BlockId block;
  FrameState state;
  ExitCase exitcase = ExitCase::None;  // when the block ends in a switch
  BindingLocs locs;
  VarId exc_var;  // Exception exits: the link's last_exc_value
};

// An enclosing `try`: where exceptions raised inside go (`raises`, joined
// into the dispatch of its handlers or into its finally body), and, for
// try/finally, the body that every exit from the protected region runs.
struct TryContext {
  std::vector<PendingExit> raises;
  const std::vector<ast::Stmt*>* finalbody = nullptr;  // try/finally only
  // `with`: emits mgr.__exit__(None, None, None) as an exit leaves it.
  std::function<void()> exit_action;
};

// Thrown (internally, caught by Build) to abandon a graph after a
// diagnostic was emitted. Never escapes the builder.
struct BuildAbort {};

// What the builder decided about a nested function it made (see
// build_closure.cpp): its free variables, in the order make_closure passes
// them, and which of them are cells.
class SiteClasses;  // builder.h

struct NestedInfo {
  std::vector<std::string> freevars;
  std::vector<bool> cells;
};

class GraphBuilder {
 public:
  GraphBuilder(FlowStore& store, loader::Host& host, DiagnosticEngine& diags,
               loader::HostId func, const loader::FunctionInfo& info);

  // Builds the graph; returns an invalid id if a diagnostic was emitted.
  GraphId Build();

  // ---- statements (build_stmt.cpp) ----
  void Stmts(const std::vector<ast::Stmt*>& body);
  void Stmt(const ast::Stmt* s);
  void Assign(const ast::Expr* target, Value value, SourceLoc loc);
  void If(const ast::If* s);
  // In a branch of `if x is None` / `if x is not None` (local x; also the
  // test of `a if x is None else b`) taken
  // with `outcome`: where x is not None, rebinds it to nonnull(x).
  void NarrowNotNone(const ast::Expr* test, bool outcome);
  void While(const ast::While* s);
  void For(const ast::For* s);
  void ForRange(const ast::For* s, const ast::Call* range_call);
  void ForIter(const ast::For* s);
  // `for x in CONST` over an rlib unrolling_iterable: the body once per
  // item, with `x` bound to the constant item (build_rlib.cpp).
  void ForUnrolled(const ast::For* s, loader::HostId items);
  // The body once per item, with the target bound to item(i), computed
  // at the start of copy i.
  void ForUnrolled(const ast::For* s, size_t n, const std::function<Value(size_t)>& item);
  // Whether `iter` is the `*args` parameter (or enumerate() of it) of a
  // version built with its length known (unroll_vararg_): loops and
  // comprehension clauses over it then run their body once per item, so
  // items may differ in type.
  bool UnrollsVararg(const ast::Expr* iter) const;
  // args[i] (or the pair (start + i, args[i])) for UnrollsVararg loops.
  Value VarargItem(const ast::Expr* iter, size_t i);
  void PrepareLoopState(const std::vector<ast::Stmt*>& body, const ast::Expr* target);
  // Builds a `for`/`while` loop; locals the loop only uses as `s += t`
  // become accumulators (acc_begin before, acc_end after the loop).
  void LoopWithAccumulators(const ast::Stmt* loop);
  std::vector<std::string> AccumulatedNames(const ast::Stmt* loop);
  void Delete(const ast::Expr* target);
  // Appends start, stop, step (None constants where absent) to `args`.
  void SliceParts(const ast::Slice* s, std::vector<Value>* args);
  void Return(const ast::Return* s);
  // Exceptions (build_try.cpp).
  void Try(const ast::Try* s);
  void TryExcept(const ast::Try* s);
  void Raise(const ast::Raise* s);
  void Assert(const ast::Assert* s);
  // The `with` statement (build_with.cpp).
  void With(const ast::With* s);
  void WithItems(const ast::With* s, size_t index);
  // mgr.__exit__(exc, exc, None) for the manager in hidden local `slot`
  // (None, None, None when `exc` is invalid); returns its result.
  Value CallExit(const std::string& slot, Value exc, SourceLoc loc);
  // Refuses an `__exit__` method whose type parameter is used other than
  // in `is None` tests (the builder passes it the exception instance).
  void CheckExitMethod();
  // Sends exception instance `exc` to the innermost try, or out of the
  // function; leaves the builder unreachable.
  void RaiseValue(Value exc, SourceLoc loc);
  // Runs the finally bodies of the try contexts at index >= depth
  // (innermost first), as a return, break or continue leaves them.
  void RunFinallies(size_t depth);
  // Inside a try: ends the block after its last operation (which may
  // raise) with a normal and an exception exit.
  void EndRaisingBlock();

  // ---- expressions (build_expr.cpp) ----
  Value Expr(const ast::Expr* e);
  Value Name(const ast::Name* e);
  Value ConstantExpr(const ast::Constant* e);
  Value BinOp(const ast::BinOp* e);
  Value UnaryOp(const ast::UnaryOp* e);
  // `and`/`or`; with `truth_only`, the truth value of the expression
  // (Condition), without merging the operands' values.
  Value BoolOp(const ast::BoolOp* e, bool truth_only = false);
  Value Compare(const ast::Compare* e);
  Value IfExp(const ast::IfExp* e);
  Value Call(const ast::Call* e);
  Value Attribute(const ast::Attribute* e);
  Value Subscript(const ast::Subscript* e);
  // Evaluates a condition and returns a bool-valued Value (a Constant when
  // it folds).
  Value Condition(const ast::Expr* e);
  // Dict and set displays, list/set/dict comprehensions
  // (build_comprehension.cpp).
  Value DictDisplay(const ast::Dict* e);
  // as_iterable: the display is a `for` iterable (see SetDisplay).
  Value SetDisplay(const ast::Set* e, bool as_iterable = false);
  // The iterable of a `for` statement or clause.
  Value IterableExpr(const ast::Expr* e);
  Value Comprehension(const ast::Expr* e);
  void ComprehensionLoop(const ast::Expr* e, const std::vector<ast::comprehension*>& gens,
                         size_t index, const std::string& result);
  // After clause `index` bound its target: its `if` tests (a failing one
  // goes on with `next`, the next item), the inner clauses, then `next`.
  void ComprehensionClauseBody(const ast::Expr* e, const std::vector<ast::comprehension*>& gens,
                               size_t index, const std::string& result,
                               const std::function<void()>& next);
  // A clause over `*args` in an unrolled version (UnrollsVararg).
  void ComprehensionUnrolled(const ast::Expr* e, const std::vector<ast::comprehension*>& gens,
                             size_t index, const std::string& result);

  // Generators (build_generator.cpp): `yield` and `yield from` become
  // yield_ operations for the resumable transform; a generator
  // expression becomes a call of a generator graph of its own.
  Value Yield(const ast::Yield* e);
  // `await x` and, in an @asynchronous function, `x.wait()`
  // (build_async.cpp).
  Value Await(const ast::Await* e);
  Value AwaitValue(Value awaited, SourceLoc loc);
  // True when `e` is `x.wait()` with no arguments in an asynchronous
  // function: the seed's spelling of `await x`.
  bool IsWaitCall(const ast::Call* e) const;
  Value YieldFrom(const ast::YieldFrom* e);
  Value GeneratorExp(const ast::GeneratorExp* e);
  // Builds the body of a generator expression's own graph (see
  // build_generator.cpp); `captured` are the enclosing locals it reads.
  GraphId BuildGenExp(const ast::GeneratorExp* e, const std::vector<std::string>& captured,
                      bool first_is_range);
  // Refuses `yield` where the transform would change behaviour.
  void CheckYieldAllowed(SourceLoc loc);
  // Generator expressions: the first clause's iterable is evaluated by the
  // caller and arrives as these hidden locals. Over `*args` in an
  // unrolled version, #g0it is the tuple itself and the clause is
  // unrolled too (genexp_tuple_).
  bool genexp_first_ = false;
  bool genexp_tuple_ = false;
  bool async_ = false;  // building an asynchronous function's body
  // The Python function whose code holds this graph's generator
  // expressions (func_, or the enclosing function for a genexp's graph).
  loader::HostId code_func_;
  // Calls with a translation-time meaning (build_rlib.cpp): rlib helpers
  // such as we_are_translated() and intmask(). Returns true and sets
  // `result` when `callee` is one.
  bool TranslationTimeCall(const ast::Call* e, loader::HostId callee, Value* result);
  // The replacement of a standard-library object rpyc provides itself
  // (sys.stdout, open, ...), or `v` unchanged.
  loader::HostId Substitute(loader::HostId v);
  // True when `e` keeps int arithmetic wrapping inside intmask().
  bool WrapsThrough(const ast::Expr* e) const;

  // ---- rpyc's collections and itertools (build_stdlib.cpp) ----
  // collections.deque/defaultdict/Counter(...): an instance of a class
  // made for this creation site. Returns false for other callees.
  bool CollectionsCall(const ast::Call* e, loader::HostId callee, Value* result);
  // itertools.chain/islice/product/permutations/combinations(...): the
  // pyitertools version for this arity. Returns false for other callees.
  bool ItertoolsCall(const ast::Call* e, loader::HostId callee, Value* result);
  // random.choice(range(...)) without making the range.
  bool RandomCall(const ast::Call* e, loader::HostId callee, Value* result);
  // `iter` of `seq` (sys.stdin iterates over its lines).
  Value IterOf(Value seq, SourceLoc loc);
  // `sys.stdin` where it is iterated (a for loop, enumerate(), list()...):
  // a generator of its lines; any other value unchanged.
  Value StdinLines(Value seq, SourceLoc loc);
  // A class for this creation site, made by pycollections.<factory>(args).
  loader::HostId SiteClass(const char* factory, std::vector<loader::HostId> args, SourceLoc loc);
  // Helpers for building calls of support code.
  loader::HostId SupportAttr(const char* module, const std::string& name);
  Value CallValue(Value callee, std::vector<Value> args, SourceLoc loc);
  std::optional<int64_t> ConstInt(Value v);
  bool IsConstNone(Value v);
  std::vector<Value> StdlibArgs(const ast::Call* e, const char* what,
                                const std::vector<std::string>& params);

  // ---- nested functions and closures (build_closure.cpp) ----
  // Scope analysis at entry: makes the cells of captured locals that are
  // rebound (moving captured parameters into theirs).
  void PrepareClosures(SourceLoc loc);
  // Records in lazy_genexps_ the generator expressions under `n` (not in
  // nested functions) that may run after the code around them rebinds a
  // name they read: all but those passed straight to a built-in that
  // consumes them (sum(...), ''.join(...), ...).
  void FindLazyGenExps(const ast::Node* n);
  // The value of a nested def or lambda where its definition runs.
  Value MakeNested(const ast::Node* def, const std::string& name, SourceLoc loc);
  // A nested `def` with its decorators applied (calls made where the
  // definition runs).
  Value MakeDecoratedNested(const ast::FunctionDef* def);
  // Reading and assigning names that live in cells or come from the
  // enclosing function; false when `name` is an ordinary local or global.
  bool LoadClosureName(const std::string& name, SourceLoc loc, Value* out);
  bool StoreClosureName(const std::string& name, Value value, SourceLoc loc);
  // Assigns a name: its cell, or the frame state.
  void BindName(const std::string& name, Value value, SourceLoc loc);

  // ---- module-level variables (build_globals.cpp) ----
  // At entry, after PrepareClosures: names declared `global` are not
  // locals.
  void PrepareGlobals();
  // The `global` statement: refuses names the module does not define.
  void GlobalStmt(const ast::Global* s);
  // The cell name ("module.NAME") of module variable `name` of the module
  // with dict `globals` when some function of that module assigns it
  // through `global` (making the cell), else "".
  std::string GlobalCellName(loader::HostId globals, const std::string& name);
  // Reads a module-level name: global_get of its cell, else its value now
  // (a Constant); UnknownName when undefined.
  Value LoadGlobal(loader::HostId globals, const std::string& name, SourceLoc loc);
  // Assigns a name declared `global` here (global_set); false for others.
  bool StoreGlobalName(const std::string& name, Value value, SourceLoc loc);
  // `module.name` read or assigned from any function: the cell when the
  // module assigns the variable through `global`; false otherwise.
  bool LoadModuleAttr(loader::HostId module, const std::string& name, SourceLoc loc, Value* out);
  bool StoreModuleAttr(Value module, const std::string& name, Value value, SourceLoc loc);

  // ---- built-ins taking functions (build_hof.cpp) ----
  // sorted/min/max with key=, list.sort(key=), map, filter: desugared
  // into comprehensions; false when `e` is none of them.
  bool HigherOrderCall(const ast::Call* e, Value* out);
  // Synthesized AST for the desugaring (owned by synth_).
  ast::Name* HiddenName(const std::string& id, bool store, SourceLoc loc);
  ast::Call* SynthCall(const std::string& callee, std::vector<ast::Expr*> args, SourceLoc loc);
  Value SynthComprehension(ast::Expr* elt, ast::Expr* target, ast::Expr* iter, ast::Expr* cond,
                           SourceLoc loc);

  // ---- graph construction helpers ----
  // Prunes unreachable blocks, repairs expression scopes, drops dead block
  // inputs (liveness.h), verifies.
  void FinishGraph();
  // Appends an operation to the current block (folding it when every
  // argument is a constant and the operation is foldable).
  Value Op(OpKind kind, std::vector<Value> args, SourceLoc loc, CallShapeId shape = {});
  // Ends the current block with a two-way switch on `cond`; returns the
  // pending exits for False and True.
  std::pair<PendingExit, PendingExit> Branch(Value cond);
  // Starts building in a fresh block reached from `exits`, merging states.
  // Leaves the builder in the unreachable state when `exits` is empty.
  // With `fresh`, a new block is made even for a single plain exit.
  void Join(std::vector<PendingExit> exits, SourceLoc loc, bool fresh = false);
  // Continues in the given pending exit (a single predecessor: no new
  // block needed unless it ends in a switch).
  void Resume(const PendingExit& exit);
  // The current point as a pending exit (and marks the builder unreachable).
  PendingExit Leave();
  bool reachable() const { return current_.valid(); }
  // Links the current block to `target` passing `names` from the state.
  void LinkTo(BlockId target, const std::vector<std::string>& names, SourceLoc loc);
  // Binds `name` to `value` in the frame state, remembering where.
  void Bind(const std::string& name, Value value, SourceLoc loc) {
    state_[name] = value;
    locs_[name] = loc;
    if (name[0] != '#') state_.erase("#bound:" + name);  // now surely bound
  }
  VarId NewVar(const std::string& name, SourceLoc loc);
  Value ConstValue(loader::HostId v) { return store_.NewConst(v); }

  // ---- diagnostics ----
  [[noreturn]] void Unsupported(const std::string& what, SourceLoc loc,
                                const std::string& hint = "");
  [[noreturn]] void Fail(Diagnostic d);

  FlowStore& store_;
  loader::Host& host_;
  DiagnosticEngine& diags_;
  loader::HostId func_;
  const loader::FunctionInfo& info_;
  GraphId graph_;
  BlockId current_;
  FrameState state_;
  BindingLocs locs_;
  std::set<std::string> local_names_;  // names assigned anywhere in the body
  int hidden_counter_ = 0;
  // Closures (build_closure.cpp).
  ScopeNames scope_;
  std::set<std::string> cells_;        // own locals kept in cells
  std::set<const ast::Node*> lazy_genexps_;  // see FindLazyGenExps
  std::map<std::string, bool> free_;   // a nested function's free variables: is a cell
  std::map<const ast::Node*, loader::HostId> nested_funcs_;
  std::map<uint32_t, NestedInfo>* nested_ = nullptr;  // the FlowBuilder's table
  SiteClasses* site_classes_ = nullptr;                // the FlowBuilder's, optional
  // The length of the `*args` tuple this version is built for, or -1
  // (see UnrollsVararg); whether the body rebinds `*args`, and how many
  // comprehensions being built now bind its name as a target.
  int32_t unroll_vararg_ = -1;
  bool vararg_rebound_ = false;
  int vararg_shadowed_ = 0;
  ast::Return lambda_return_;          // a lambda's body as a return statement
  ast::AstArena synth_;                // AST made by the builder (build_hof.cpp)
  std::set<std::string> accumulating_;  // locals bound to acc_begin(...) now
  // Inside intmask(...): + - * build wrapping operations.
  bool wrap_ints_ = false;

  struct Loop {
    BlockId header;
    std::vector<std::string> header_names;
    std::vector<PendingExit> breaks;
    // State overrides applied on `continue` (the advanced range counter).
    std::map<std::string, std::string> continue_renames;
    size_t try_depth = 0;  // tries_.size() when the loop started
    // An unrolled loop (ForUnrolled): `continue` leaves the current copy
    // of the body here instead of linking to a header.
    std::vector<PendingExit>* unrolled_continues = nullptr;
  };
  std::vector<Loop> loops_;
  std::vector<TryContext> tries_;
  // Makes a loop header taking every bound name and continues in it.
  Loop EnterLoopHeader(SourceLoc loc);
};

// Names bound by assignment anywhere in `body` (not descending into nested
// function or class bodies): Python's rule for which names are local.
void CollectAssignedNames(const std::vector<ast::Stmt*>& body, std::set<std::string>* names);

}  // namespace rpyc::flow
