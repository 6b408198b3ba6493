// The dict family's lowering helpers used outside rtype_dict.cpp.
#pragma once

#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

// The low-level type of an Iterator annotation other than a list's:
// dict/set iterators, views, enumerate, zip, reversed.
LLTypeId DictIteratorType(RTyper& rt, const annotator::Annotation& a);

// d.update(list of (key, value) tuples).
void DictUpdateFromPairs(RTyper& rt, LLValue d, LLValue pairs);
// A new set of type set_t with the items of list l.
LLValue DictSetFromList(RTyper& rt, LLValue l, LLTypeId set_t);
// Calls rtlib's f(sets..., item bits) for each item of list l, in order
// (set methods given a list, as CPython consumes an iterable).
void DictSetEachOfList(RTyper& rt, RtFunc f, std::vector<LLValue> sets, LLValue l);

// A new dict of type `type` with the given constant entries, in order.
LLValue DictFromEntries(RTyper& rt, LLTypeId type,
                        const std::vector<std::pair<flow::Value, flow::Value>>& entries);

}  // namespace rpyc::rtyper
