// rt_main.cpp: the process entry point of every translated program.
//
// main() starts the GC, turns the C argv into a list of str, calls the
// generated rpy_entry (the program's main(argv)), and ends like CPython:
// stdout flushed, an uncaught exception's traceback on stderr with status
// 1 (SystemExit gives its own status), else rpy_entry's return value.
// Under emscripten, main's return value becomes node's exit code because
// programs are linked with -sEXIT_RUNTIME=1; we call exit() explicitly so
// the status is set the same way on every target.
//
// Natively the program runs on a thread with a 256 MB stack, so deep
// recursion (sys.setrecursionlimit(100000)) does not overflow the default
// 8 MB main stack first; Boehm learns of the thread through
// GC_pthread_create. In node, a JS stack overflow that still escapes is
// reported as RecursionError by pre.js.
#include <stdlib.h>
#include <string.h>

#ifndef __EMSCRIPTEN__
#define GC_THREADS
#include <gc.h>
#include <pthread.h>
#endif

#include "rtlib/rt_internal.h"

// Builds argv as a list of str (pointer-sized items, scanned).
static rpy_list* MakeArgv(int argc, char** argv) {
  rpy_list* list = rpy_list_new(argc, (int64_t)sizeof(void*), true);
  RPY_ROOT(list);
  for (int i = 0; i < argc; i++) {
    rpy_str* s = rpy_str_from_utf8(argv[i], (int64_t)strlen(argv[i]));
    ((rpy_str**)list->items)[i] = s;
  }
  return list;
}

// Runs the program's main(argv); returns the process's exit status.
static int RunProgram(int argc, char** argv) {
  rpy_list* args = MakeArgv(argc, argv);
  RPY_ROOT(args);  // rpy_entry may not keep its argument reachable itself
  int64_t status = rpy_entry(args);
  // Asynchronous functions: a failed task nobody awaited (rt_internal.h).
  if (!rpy_exc_type && rpy_tasks_turn_end) rpy_tasks_turn_end();
  int code = rpy_exc_type ? rpy_exc_exit_status() : (int)status;
  rpy_io_finish();
  return code;
}

#ifndef __EMSCRIPTEN__
static const size_t kMainStackSize = (size_t)256 << 20;
static int main_argc;
static char** main_argv;

static void* MainThread(void*) { exit(RunProgram(main_argc, main_argv)); }
#endif

int main(int argc, char** argv) {
  rpy_init();
#ifndef __EMSCRIPTEN__
  main_argc = argc;
  main_argv = argv;
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kMainStackSize) == 0 &&
      GC_pthread_create(&thread, &attr, MainThread, NULL) == 0) {
    GC_pthread_join(thread, NULL);  // MainThread exits the process
  }
  // No thread (out of memory for its stack): run on the main stack.
#endif
  exit(RunProgram(argc, argv));
}
