#!/usr/bin/env bash
# Tests `rpyc --docker` without a Docker engine: tests/stubs/docker stands in
# for docker (first on PATH), logs its arguments and runs the emcc command
# locally. Checks the docker command line rpyc builds, then runs the result.
#
# Usage: tests/docker_test.sh [path/to/rpyc]   (run from anywhere)
set -u

root="$(cd "$(dirname "$0")/.." && pwd)"
rpyc="${1:-${RPYC:-$root/build/rpyc}}"
if [ ! -x "$rpyc" ]; then
  echo "FAIL docker_stub: rpyc not found at $rpyc"
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/rpyc-docker-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
log="$tmp/docker.log"
out="$tmp/out"
: >"$log"

failures=0
fail() {
  echo "  check failed: $*"
  failures=$((failures + 1))
}

cd "$root" || exit 1
if ! PATH="$root/tests/stubs:$PATH" RPYC_DOCKER_LOG="$log" \
    "$rpyc" --docker -o "$out" examples/hello.py >"$tmp/rpyc.out" 2>&1; then
  echo "FAIL docker_stub: rpyc --docker failed:"
  sed 's/^/    /' "$tmp/rpyc.out"
  echo "  docker arguments:"
  sed 's/^/    /' "$log"
  exit 1
fi

# One argument per line; `has X` checks that some line is exactly X.
has() { grep -qxF -- "$1" "$log"; }
# `after X` prints the line following each line that is exactly X.
after() { awk -v want="$1" 'prev == want { print } { prev = $0 }' "$log"; }

[ -s "$log" ] || fail "docker was never called"
[ "$(head -n 1 "$log")" = "run" ] || fail "first argument is not 'run'"
has "--rm" || fail "missing --rm"
has "--network=none" || { [ "$(after --network | head -n 1)" = none ] || fail "missing --network=none"; }
uidgid="$(id -u):$(id -g)"
if ! { after -u | grep -qxF -- "$uidgid" || has "--user=$uidgid" || after --user | grep -qxF -- "$uidgid"; }; then
  fail "missing -u $uidgid"
fi
has "emscripten/emsdk:3.1.6" || fail "missing image emscripten/emsdk:3.1.6"
mounts="$( { after -v; after --volume; } )"
[ -n "$mounts" ] || fail "no -v mounts"
while IFS= read -r m; do
  [ -z "$m" ] && continue
  spec="${m%:ro}"
  spec="${spec%:rw}"
  host="${spec%%:*}"
  cont="${spec#*:}"
  case "$host" in
    /*) ;;
    *) fail "mount '$m' is not an absolute host path" ;;
  esac
  [ "$host" = "$cont" ] || fail "mount '$m' does not map a path to itself"
done <<<"$mounts"
grep -A1000 -xF "emscripten/emsdk:3.1.6" "$log" | grep -q emcc || fail "no emcc command after the image"

expected="$(python3 examples/hello.py)"
actual="$(node "$out/hello.js" 2>"$tmp/node.err")"
status=$?
if [ "$status" -ne 0 ]; then
  fail "node $out/hello.js exited with $status; last stderr lines:"
  tail -n 5 "$tmp/node.err" | cut -c1-200 | sed 's/^/    /'
elif [ "$expected" != "$actual" ]; then
  fail "output differs: expected '$expected', got '$actual'"
fi

if [ "$failures" -ne 0 ]; then
  echo "FAIL docker_stub ($failures checks)"
  echo "  docker arguments:"
  sed 's/^/    /' "$log"
  exit 1
fi
echo "PASS docker_stub"
