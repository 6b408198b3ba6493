#!/usr/bin/env bash
# e2e.sh SOURCE_DIR RTLIB_DIR WORK_DIR: rtlib's end-to-end test. Links
# e2e_main.c (a stand-in for a generated module) with the built runtime
#   native: clang-14 + rtlib-native.bc + -lgc
#   wasm:   emcc -c -emit-llvm, llvm-link with rtlib-wasm.bc, opt -O2 (what
#           the backend does), then emcc -O2 with libgc-wasm.a and pre.js
#   js:     the same wasm bitcode through wasm2js (-sWASM=0), also run as
#           in a browser (browser_sim.js: console.log lines)
# and checks stdout, stderr and exit codes, in node plainly and under
# RPYC_GC_TORTURE=1.
set -euo pipefail
src=$1 rt=$2 work=$3
here="$src/tests/unit/rtlib"
export NODE_PATH=/usr/share/nodejs
mkdir -p "$work" && cd "$work"
fail=0

echo "== build native"
clang-14 -O2 -I"$src" -c "$here/e2e_main.c" -o main-native.o
clang-14 -O2 -I"$src" -c "$here/rt_test_support.c" -o support-native.o
clang++-14 -O2 main-native.o support-native.o "$rt/rtlib-native.bc" -lgc -lm -o prog-native

echo "== build wasm"
emcc -O2 -I"$src" -c -emit-llvm "$here/e2e_main.c" -o main-wasm.bc
emcc -O2 -I"$src" -c -emit-llvm "$here/rt_test_support.c" -o support-wasm.bc
llvm-link-14 main-wasm.bc support-wasm.bc "$rt/rtlib-wasm.bc" -o linked.bc
opt-14 -O2 linked.bc -o prog.bc
emcc -O2 prog.bc "$rt/libgc-wasm.a" --pre-js "$rt/pre.js" \
  -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sENVIRONMENT=node,web -o prog-wasm.js
echo "== build js (wasm2js)"
emcc -O2 prog.bc "$rt/libgc-wasm.a" --pre-js "$rt/pre.js" \
  -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sENVIRONMENT=node,web \
  -sWASM=0 --memory-init-file 0 -o prog-js.js

# check NAME EXPECTED_STATUS EXPECTED_STDOUT_FILE STDERR_LAST_LINE CMD...
check() {
  local name=$1 status=$2 out=$3 errline=$4
  shift 4
  local got=0
  "$@" >"$name.out" 2>"$name.err" || got=$?
  if [ "$got" != "$status" ]; then
    echo "FAIL $name: exit status $got, expected $status"; cat "$name.err"; fail=1; return
  fi
  if ! cmp -s "$name.out" "$out"; then
    echo "FAIL $name: stdout differs"; diff "$out" "$name.out" | head -20 || true; fail=1; return
  fi
  local last
  last=$(tail -n 1 "$name.err" || true)
  if [ "$last" != "$errline" ]; then
    echo "FAIL $name: stderr last line '$last', expected '$errline'"; cat "$name.err"; fail=1; return
  fi
  echo "ok   $name"
}

common='total 288890
ok True
float 0.1 1e+16
'"'kept-é'"'
'
printf '%spartial line' "$common" >expect-normal
printf '%storture True\npartial line' "$common" >expect-torture
printf '%s' "$common" >expect-raise
cat >expect-traceback <<'TB'
Traceback (most recent call last):
  File "prog.py", line 12, in main
    return f(x)
  File "prog.py", line 5, in f
    return 1 // x
ZeroDivisionError: integer division or modulo by zero
TB

for t in native wasm js; do
  case $t in
    native) run=(./prog-native) ;;
    wasm) run=(node prog-wasm.js) ;;
    js) run=(node prog-js.js) ;;
  esac
  check $t-normal 0 expect-normal "" "${run[@]}"
  check $t-exit3 3 expect-normal "" "${run[@]}" exit3
  check $t-raise 1 expect-raise "ZeroDivisionError: integer division or modulo by zero" "${run[@]}" raise
  if ! cmp -s $t-raise.err expect-traceback; then
    echo "FAIL $t-raise: traceback differs"; diff expect-traceback $t-raise.err || true; fail=1
  fi
  check $t-torture 0 expect-torture "" env RPYC_GC_TORTURE=1 "${run[@]}" torture
done

# Browser path of rt_io.cpp: complete lines to console.log, the partial
# last line at exit, stderr to console.error.
node "$here/browser_sim.js" prog-js.js >browser.out
printf 'LOG:total 288890\nLOG:ok True\nLOG:float 0.1 1e+16\nLOG:%s\nLOG:partial line\nEXIT:0\n' "'kept-é'" >expect-browser
if cmp -s browser.out expect-browser; then echo "ok   js-browser"; else
  echo "FAIL js-browser"; diff expect-browser browser.out || true; fail=1; fi
exit $fail
