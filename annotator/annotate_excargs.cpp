// `e.args` of exceptions.
//
// rpyc keeps each exception's message (str(e), field #message) and the
// text of its arguments' reprs, not the argument values. `e.args` is
// therefore supported where every exception `e` may be at that point was
// made with one str argument (args is `(str(e),)`) or with none (`()`):
// the rtyper rebuilds the tuple from #message (rtype_classes.cpp).
//
// What an exception of class C was made with is recorded at the places
// that set its arguments (NoteExceptionArgs):
//   - `C(a, b)` when C's __init__ is BaseException's, or one that does not
//     call a base __init__ (CPython's BaseException.__new__ keeps the
//     constructor's arguments): for class C only;
//   - `super().__init__(msg)` / `Exception.__init__(self, msg)` inside the
//     __init__ of class M: for every class of M's subtree;
//   - built-in operations: rtlib and generated code raise ValueError,
//     IndexError, ... with a str message (kRaisedWithMessage), and KeyError
//     (the key), MemoryError and StopIteration (nothing), the OSError family
//     (errno and text) and UnicodeDecodeError (five values) with arguments
//     rpyc does not keep (kRaisedOpaque): a read that may see one of those
//     is refused after the fixpoint (CheckExceptionArgsReads).
// A read `e.args` with e an instance of C merges the records of C's subtree
// (built-in subclasses included: rtlib may raise them) and of the subtree
// records of C's ancestors; a new record reflows every read.
#include <algorithm>

#include "annotator/annotator.h"

namespace rpyc::annotator {

namespace {

// Raised by rtlib and generated code with one str argument (the message).
const char* const kRaisedWithMessage[] = {
    "ValueError",   "OverflowError",  "ZeroDivisionError", "IndexError",        "TypeError",
    "RuntimeError", "RecursionError", "AttributeError",    "UnboundLocalError",
};

// Raised by built-in operations with arguments rpyc does not keep.
// UnicodeDecodeError counts only where the program decodes bytes.
const char* const kRaisedOpaque[] = {
    "KeyError",          "MemoryError",     "StopIteration",     "OSError",
    "FileNotFoundError", "PermissionError", "IsADirectoryError",
};

bool InList(const std::string& name, const char* const* list, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (name == list[i]) return true;
  return false;
}

}  // namespace

void Annotator::NoteBuiltinRaised(const std::string& name) {
  builtins_raised_.insert(name);
}

void Annotator::NoteExceptionArgs(const flow::Operation& op, uint32_t c, bool subtree,
                                  size_t first) {
  const flow::CallShape shape = store_.call_shape(op.shape);
  std::vector<AnnId> items;
  for (size_t i = first; i < 1 + shape.positional; ++i) items.push_back(annotation(op.args[i]));
  AnnId t = anns_.tuple(items);
  std::vector<ExcArgsRecord>& records = exc_args_[c];
  for (const ExcArgsRecord& r : records)
    if (r.ann == t && r.subtree == subtree) return;
  records.push_back({t, op.loc, subtree});
  for (uint32_t blk : exc_args_readers_) Schedule(flow::BlockId(blk));
}

bool Annotator::RaisedOpaque(uint32_t c) const {
  const ClassDef& d = classdefs_[c];
  if (d.builtin_exception < 0) return false;
  if (d.name == "UnicodeDecodeError") return builtins_raised_.count(d.name) != 0;
  return InList(d.name, kRaisedOpaque, sizeof kRaisedOpaque / sizeof kRaisedOpaque[0]);
}

AnnId Annotator::AnnotateExceptionArgs(const flow::Operation& op, uint32_t c) {
  exc_args_readers_.insert(current_block_.index);
  class_readers_[c].insert(current_block_.index);
  AddBuiltinSubclasses(c);
  if (std::find(exc_args_reads_.begin(), exc_args_reads_.end(), std::make_pair(&op, c)) ==
      exc_args_reads_.end())
    exc_args_reads_.push_back({&op, c});
  std::vector<uint32_t> classes;
  Subtree(c, &classes);
  // Every record that applies, with the class it was made for.
  std::vector<std::pair<ExcArgsRecord, uint32_t>> seen;
  for (uint32_t s : classes) {
    for (const ExcArgsRecord& r : exc_args_[s]) seen.push_back({r, s});
    if (InList(classdefs_[s].name, kRaisedWithMessage,
               sizeof kRaisedWithMessage / sizeof kRaisedWithMessage[0]) &&
        classdefs_[s].builtin_exception >= 0)
      seen.push_back({ExcArgsRecord{anns_.tuple({anns_.str()}), SourceLoc(), false}, s});
  }
  for (uint32_t a = classdefs_[c].base; a != kNoClass; a = classdefs_[a].base)
    for (const ExcArgsRecord& r : exc_args_[a])
      if (r.subtree) seen.push_back({r, a});
  AnnId u = anns_.impossible();
  for (size_t i = 0; i < seen.size(); ++i) {
    AnnId next = anns_.Union(u, seen[i].first.ann);
    if (anns_.get(next).kind == AnnKind::Object) {
      size_t j = 0;  // the first record this one does not merge with
      while (j < i && anns_.CanMerge(seen[j].first.ann, seen[i].first.ann)) ++j;
      if (j == i) j = 0;
      ReportExceptionArgsConflict(op, c, seen[j], seen[i]);
      return anns_.impossible();
    }
    u = next;
  }
  if (u == anns_.impossible()) return u;  // no such exception is made (yet)
  const Annotation& t = anns_.get(u);
  for (AnnId item : t.items)  // an argument not known yet: wait for it
    if (item == anns_.impossible()) return anns_.impossible();
  bool one_str = t.items.size() == 1 && anns_.get(t.items[0]).kind == AnnKind::Str &&
                 !anns_.get(t.items[0]).can_be_none;
  if (!t.items.empty() && !one_str) {
    for (const auto& [r, s] : seen) {
      if (r.ann == anns_.tuple({anns_.str()}) || r.ann == anns_.tuple({})) continue;
      Diagnostic d(DiagKind::NotSupportedYet, op.loc,
                   {"`.args` of an exception made with arguments `" + Describe(r.ann) + "`",
                    "rpyc keeps only str(e), so args works when every exception it may be was "
                    "made with one str argument or none; keep the values in fields of your own "
                    "exception class"});
      d.Note(DiagKind::FirstInferred, r.loc,
             {"the arguments of `" + classdefs_[s].name + "`", Describe(r.ann)});
      Error(std::move(d));
      return anns_.impossible();
    }
  }
  return u;
}

void Annotator::ReportExceptionArgsConflict(const flow::Operation& op, uint32_t c,
                                            const std::pair<ExcArgsRecord, uint32_t>& a,
                                            const std::pair<ExcArgsRecord, uint32_t>& b) {
  std::string why = "`.args` of an instance of `" + classdefs_[c].name + "`";
  for (const auto* x : {&a, &b})
    if (!x->first.loc.file.valid())
      why +=
          " (built-in operations raise `" + classdefs_[x->second].name + "` with one str argument)";
  Diagnostic d(DiagKind::UnionMismatch, op.loc,
               {Describe(a.first.ann), Describe(b.first.ann), why});
  for (const auto* x : {&a, &b})
    if (x->first.loc.file.valid())
      d.Note(DiagKind::FirstInferred, x->first.loc,
             {"the arguments of `" + classdefs_[x->second].name + "`", Describe(x->first.ann)});
  Error(std::move(d));
}

void Annotator::CheckExceptionArgsReads() {
  for (const auto& [op, c] : exc_args_reads_) {
    if (failed_) return;
    std::vector<uint32_t> classes;
    Subtree(c, &classes);
    for (uint32_t s : classes) {
      if (!RaisedOpaque(s)) continue;
      Error(Diagnostic(DiagKind::NotSupportedYet, op->loc,
                       {"`.args` of an exception that may be a `" + classdefs_[s].name +
                            "` raised by a built-in operation",
                        "rpyc keeps only its message; catch the classes you raise yourself, or "
                        "use str(e)"}));
      break;
    }
  }
}

}  // namespace rpyc::annotator
