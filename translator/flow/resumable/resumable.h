// The resumable-function transform: turns a flow graph with suspension
// points into a state machine whose live state is kept in a frame object
// on the GC heap, so that the function can stop in the middle and be
// resumed later. Generators (generator.h) use it with `yield_` as the
// suspension point; `async def` will use it with `await`.
//
// The idea is RPython's (rpython/flowspace/generator.py), with one frame
// object per activation and an integer resume state instead of one class
// per resume point. See README.md in this folder for a worked example.
//
// Input: a "body" graph, as the builder made it, whose operations include
// suspension operations `r = <suspend_op>(v)`. Output, three graphs:
//
//   create(params...) -> frame       the graph that replaces the function:
//       frame = <FrameClass>()       allocates the frame,
//       frame.<param_i> = param_i    stores the parameters,
//       frame._rpyc_state = 0        "not started",
//       return frame
//
//   resume(frame) -> bool            runs the body from where it stopped:
//       state = frame._rpyc_state
//       state == 0  -> the body's start block (parameters read back)
//       state == k  -> resume point k: live variables read back, then the
//                      operations that followed suspension point k
//       otherwise   -> return False (finished)
//     at suspension point k:  frame._rpyc_value = v;
//                             frame._rpyc_state = k;
//                             frame.<k_i> = live_i ...; return True
//     at the body's return:   frame._rpyc_state = -1; frame.<result> = v;
//                             return False
//     an exception escaping:  frame._rpyc_state = -1; re-raised
//
// The frame is an instance of a synthetic class made in the host, so the
// annotator types its fields like any attribute (one field per live
// variable per suspension point, so each keeps one type), the rtyper lays
// it out as a GC struct and Boehm traces it like any instance. Every block
// of `resume` takes the frame as an extra first input argument.
//
// Live variables. Flow graphs pass every value a block needs through its
// input arguments, so the variables live across a suspension point are
// the ones the rest of its block uses (later operations, the exit switch,
// the exit links to live inputs) but does not define. Which block inputs
// are live comes from a backward fixpoint over the graph (LiveInputs); a
// dead input receives the "undefined" constant from a resume block.
//
// States: 0 not started, k >= 1 suspended at point k, -1 finished.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "translator/flow/graph.h"
#include "translator/flow/liveness.h"
#include "translator/loader/host.h"

namespace rpyc::flow {

// Field names of the frame (no Python name can start with `_rpyc_`
// inside user code that rpyc translates: the prefix is reserved).
inline constexpr const char* kFrameState = "_rpyc_state";
inline constexpr const char* kFrameValue = "_rpyc_value";    // the suspended value
inline constexpr const char* kFrameResult = "_rpyc_result";  // the body's return value

struct ResumableSpec {
  OpKind suspend_op;           // the suspension operation (yield_)
  std::string frame_name;      // name of the synthetic frame class
  loader::HostId frame_base;   // its base class (invalid: object)
  // Store the body's return value in frame._rpyc_result (async results).
  bool keep_result = false;
  // The field read back as the suspension expression's value when the
  // frame resumes (a value sent in, an awaited result); empty: None.
  std::string resume_value_field;
};

struct ResumableGraphs {
  loader::HostId frame_class;  // the synthetic class of the frame
  GraphId create;              // create(params...) -> frame
  GraphId resume;              // resume(frame) -> bool
  int num_points = 0;          // suspension points (states 1..num_points)
};

// Transforms `body` (consumed: its blocks move into `resume`). `func` is
// the Python function the body was built from (for graph names). The
// synthetic class gets the placeholder method `_rpyc_resume` whose graph
// is `resume` (registered in the store).
ResumableGraphs MakeResumable(FlowStore& store, loader::Host& host, GraphId body,
                              const ResumableSpec& spec);

}  // namespace rpyc::flow
