// Helpers shared by the dict family's annotation rules
// (annotate_dict.cpp, methods_dict.cpp).
#pragma once

#include <string>
#include <vector>

#include "annotator/annotator.h"

namespace rpyc::annotator {

// The dict / set made by operation `op` (one DictDef per operation).
AnnId DictMadeBy(Annotator& ann, const flow::Operation& op, AnnId key, AnnId value);
// `frozen`: a frozenset.
AnnId SetMadeBy(Annotator& ann, const flow::Operation& op, AnnId key, bool frozen = false);
// Reports and returns false unless `key` can be a dict or set key.
bool CheckKey(Annotator& ann, const flow::Operation& op, AnnId key);
// Widens the DictDef of a dict or set with key (and value; impossible
// leaves it unchanged). Reports and returns false when they do not merge.
bool AddEntry(Annotator& ann, const flow::Operation& op, AnnId container, AnnId key,
              AnnId value);
// The item type of iterating over a list, dict, set, view or iterator
// (invalid when not supported).
AnnId IterItem(Annotator& ann, AnnId it);
// The list that walking `seq` (a list, str, dict, set or view) goes
// through at run time: seq itself for a list, else a list made by `op`
// (number `slot` among its arguments). Invalid when not supported.
AnnId SequenceList(Annotator& ann, const flow::Operation& op, AnnId seq, uint32_t slot);
// An Iterator annotation named `name` over `item`; `extra` are the
// containers it reads (items[1..]).
AnnId MakeIterator(Annotator& ann, AnnId item, const std::string& name, std::vector<AnnId> extra);

}  // namespace rpyc::annotator
