// rt_gc.cpp: memory for translated programs, on the Boehm collector.
//
// rpy_init starts Boehm the way DESIGN.md §4 prescribes for emscripten:
// no push_other_roots callback (the default one scans registers through
// ASYNCIFY and throws without it), no pre-collection, and the static data
// segment [__global_base, __data_end) added as a root because bdwgc does
// not find it on emscripten. The shadow stack in linear memory is scanned
// as the C stack; wasm locals are not (hence RPY_ROOT, rt_internal.h).
//
// Torture mode: RPYC_GC_TORTURE=N in the environment runs a full
// collection every N allocations, so a missing root shows up on tiny
// inputs. Under node, rtlib/pre.js copies the variable from process.env
// into emscripten's environment.
#include <gc.h>
#include <stdlib.h>
#include <string.h>

#include "rtlib/rt_internal.h"

#ifdef __EMSCRIPTEN__
#include <gc_mark.h>  // GC_set_push_other_roots
extern "C" char __global_base[];
extern "C" char __data_end[];
#endif

static int64_t torture_interval = 0;  // 0: off
static int64_t torture_countdown = 0;
static bool gc_started = false;

// Counts an allocation and collects when torture mode says so.
static inline void MaybeTorture() {
  if (RPY_UNLIKELY(torture_interval > 0) && --torture_countdown <= 0) {
    torture_countdown = torture_interval;
    GC_gcollect();
  }
}

static void* OutOfMemory(int64_t size) {
  static const char msg[] = "MemoryError: out of memory\n";
  rpy_write_stderr(msg, sizeof(msg) - 1);
  abort();
}

extern "C" {

void rpy_init(void) {
  if (gc_started) return;
  gc_started = true;
#ifdef __EMSCRIPTEN__
  GC_set_push_other_roots(0);
#endif
  GC_set_dont_precollect(1);
  GC_INIT();
#ifdef __EMSCRIPTEN__
  GC_add_roots(__global_base, __data_end);
#endif
  const char* torture = getenv("RPYC_GC_TORTURE");
  if (torture && *torture) {
    long n = strtol(torture, NULL, 10);
    torture_interval = n > 0 ? n : 0;
    torture_countdown = torture_interval;
  }
}

void* rpy_gc_malloc(int64_t size) {
  if (RPY_UNLIKELY(size > (int64_t)(SIZE_MAX >> 1))) return OutOfMemory(size);
  MaybeTorture();
  void* p = GC_MALLOC((size_t)(size > 0 ? size : 1));
  if (RPY_UNLIKELY(!p)) return OutOfMemory(size);
  return p;  // GC_MALLOC returns cleared memory
}

void* rpy_gc_malloc_atomic(int64_t size) {
  if (RPY_UNLIKELY(size > (int64_t)(SIZE_MAX >> 1))) return OutOfMemory(size);
  MaybeTorture();
  size_t n = (size_t)(size > 0 ? size : 1);
  void* p = GC_MALLOC_ATOMIC(n);
  if (RPY_UNLIKELY(!p)) return OutOfMemory(size);
  memset(p, 0, n);
  return p;
}

void rpy_gc_collect(void) {
  GC_gcollect();
}

}  // extern "C"
