// ClassDefs: what the annotator knows about each user class (RPython's
// classdesc.py). A ClassDef records its base in the primary inheritance
// chain, the subclasses seen so far, and the instance fields it owns.
//
// Fields live on the most general class that uses them: writing
// `obj.x = v` with obj an instance of C puts x on C unless an ancestor
// already owns it; reading `obj.x` on C when only a subclass owns x moves
// x up to C (the subclass's entries merge into it). So a field has one
// annotation for the whole subtree below its owner, and the instance
// layout of a subclass extends its base's (fields are never duplicated).
//
// Attributes found in class dictionaries are methods (functions),
// static/class methods, or class-level constants; the latter become
// field defaults when the name is also assigned on instances.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "annotator/annotation.h"
#include "common/source.h"
#include "translator/flow/graph.h"
#include "translator/loader/host.h"

namespace rpyc::annotator {

constexpr uint32_t kNoClass = 0xffffffffu;

// The method str(x) runs for an instance: the class's __str__, else its
// __repr__ (object.__str__ calls repr). Resolved per class, so a subtree
// may mix the two; LookupClassAttr understands the name.
inline const char kStrForm[] = "#str";

struct FieldInfo {
  AnnId ann;
  SourceLoc origin;              // where it was first assigned
  std::vector<uint32_t> readers;  // blocks to reflow when it widens
  flow::VarId from;               // the value first assigned, for diagnostics
};

struct ClassDef {
  loader::HostId cls;
  std::string name;
  uint32_t base = kNoClass;        // kNoClass: derives from object only
  std::vector<uint32_t> subclasses;  // in discovery order
  std::map<std::string, FieldInfo> fields;  // owned here
  bool instantiated = false;
  bool is_exception = false;       // derives from BaseException
  int builtin_exception = -1;      // index in builtin_exceptions.def, or -1
};

}  // namespace rpyc::annotator
