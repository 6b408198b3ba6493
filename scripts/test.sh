#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, builds, then runs
# every test through ctest (unit tests, golden tests, differential tests
# on native, wasm, JS and wasm under GC torture).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
bash scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)"
