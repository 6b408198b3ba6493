// The value family's lowering (rtype_values.cpp): repr, equality, ordering
// and hashing of values of any type, as helper graphs per type. Each
// function takes the annotation of the value when it is known (instances
// inside need it: their class decides which __repr__/__eq__/__lt__ runs)
// or an invalid AnnId, when only the low-level type is known (then
// instances compare and hash by identity and cannot be shown).
#pragma once

#include "rtyper/helper_graph.h"

namespace rpyc::rtyper {

// repr(v) as a Str.
LLValue ValueRepr(RTyper* rt, Emitter& e, LLValue v, annotator::AnnId ann);
// v == w (Bool); values of different types are unequal, numbers compare
// by value across int, bool and float.
LLValue ValueEq(RTyper* rt, Emitter& e, LLValue v, LLValue w, annotator::AnnId av,
                annotator::AnnId aw);
// v < w (Bool): numbers, strings, tuples and lists (lexicographic), and
// instances with __lt__.
LLValue ValueLess(RTyper* rt, Emitter& e, LLValue v, LLValue w, annotator::AnnId av,
                  annotator::AnnId aw);
// hash(v) (Int), CPython's for ints, floats and tuples of those.
LLValue ValueHash(RTyper* rt, Emitter& e, LLValue v, annotator::AnnId ann);
// Sorts list l in place (list.sort / sorted): typed rtlib sorts for
// scalar items, rpy_list_sort_cmp with a helper `<` for the rest.
void SortListValues(RTyper& rt, LLValue l, annotator::AnnId list_ann, LLValue reverse);
// The address of a helper graph `bool less(item, item)` (ValueLess) for
// items of a pointer representation (tuples, lists, instances) in a list
// of annotation `list_ann`: the `<` callback of rtlib's sorts.
LLValue ValueLessFunction(RTyper& rt, LLTypeId item, annotator::AnnId list_ann);
// str() of an exception of class `classdef` made with the call arguments
// op.args[first...]: '' for none, str(arg) for one (repr(arg) for a
// KeyError), the repr of their tuple for several.
LLValue ExceptionMessage(RTyper& rt, const flow::Operation& op, size_t first, uint32_t classdef);
// Stores in exception `exc` what repr(exc) shows between its parentheses:
// the reprs of op.args[first...] joined by ", ". Nothing for a single str
// argument, which rtlib derives from the message (rpy_exc_repr).
void SetExceptionReprArgs(RTyper& rt, const flow::Operation& op, size_t first, LLValue exc);
// str(v) given v's annotation: instances through __str__ (else
// __repr__), exceptions their message, containers their repr.
LLValue ValueStr(RTyper& rt, Emitter& e, LLValue v, annotator::AnnId ann);
// The string form (annotator::kStrForm or "__repr__") of an instance that
// may be None: 'None' for None.
LLValue InstanceStrForm(RTyper& rt, LLValue v, annotator::AnnId ann, const std::string& name);
// str(exc): the message of an exception instance ('' when it has none).
LLValue ExceptionStr(RTyper& rt, LLValue exc);
// list.index/count/remove/`in` by the value family's ==: true when the
// items of a list of annotation `list_ann` need it (tuples, lists, dicts,
// sets, instances with __eq__) rather than rtlib's typed searches.
bool ListSearchNeedsValues(RTyper& rt, annotator::AnnId list_ann);
// Index of the first item of l equal to x, or -1 (`what` "find"), or the
// number of equal items ("count"), or list.index(x) ("index", raising
// ValueError when absent).
LLValue ListSearchValues(RTyper& rt, LLValue l, LLValue x, annotator::AnnId list_ann,
                         annotator::AnnId x_ann, const std::string& what);
// A string naming a value's type for helper graph keys.
std::string ValueKey(RTyper* rt, LLTypeId type, annotator::AnnId ann);

}  // namespace rpyc::rtyper
