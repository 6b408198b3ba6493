#!/usr/bin/env bash
# The main job: install dependencies, build rpyc, translate
# examples/hello.py to WebAssembly and run it in node.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
bash scripts/build.sh
out="$root/build/hello"
mkdir -p "$out"
build/rpyc -o "$out" examples/hello.py
echo "--- node $out/hello.js"
node "$out/hello.js"
