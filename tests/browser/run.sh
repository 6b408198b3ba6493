#!/bin/bash
# ctest `browser`: translates examples/browser/app.py and runs browser_test.js
# on it. Usage: tests/browser/run.sh RPYC
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
rpyc=$1
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ]; then
  echo "SKIP: playwright-core is not installed (scripts/install-deps.sh installs it)"
  exit 77
fi
out=$(mktemp -d /tmp/rpyc-browser-XXXXXX)
trap 'rm -rf "$out"' EXIT
"$rpyc" -o "$out" "$root/examples/browser/app.py"
cp "$root/examples/browser/index.html" "$root/examples/browser/note.txt" "$out/"
node "$root/tests/browser/browser_test.js" "$out"
