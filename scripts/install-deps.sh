#!/usr/bin/env bash
# Installs rpyc's build and test dependencies from Debian's packages and
# fetches Debian's libgc source (built for wasm by CMake). Idempotent: when
# everything is present it only checks and returns.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev
  llvm-14-dev clang-14 lld-14 libclang-rt-14-dev
  emscripten binaryen nodejs chromium
  libgc-dev libcli11-dev catch2 python3-dev zlib1g-dev libzstd-dev libtinfo-dev libxml2-dev libffi-dev libedit-dev
)

# npm: Debian's package, unless the installed nodejs already brings its
# own npm (a nodejs package built elsewhere conflicts with Debian's npm).
if ! command -v npm >/dev/null 2>&1; then packages+=(npm); fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

root="$(cd "$(dirname "$0")/.." && pwd)"
gc_src="$root/build/deps/libgc"

enable_deb_src() {
  # Add deb-src to the machine's existing apt sources rather than naming a
  # mirror here.
  local changed=0
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    if grep -q '^Types: deb$' /etc/apt/sources.list.d/debian.sources; then
      $SUDO sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
      changed=1
    fi
  fi
  if [ -f /etc/apt/sources.list ] && grep -q '^deb ' /etc/apt/sources.list \
      && ! grep -q '^deb-src ' /etc/apt/sources.list; then
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | $SUDO tee -a /etc/apt/sources.list >/dev/null
    changed=1
  fi
  echo $changed
}

need_update=0
if [ ${#missing[@]} -gt 0 ]; then need_update=1; fi
if [ ! -f "$gc_src/extra/gc.c" ]; then
  if [ "$(enable_deb_src)" = 1 ]; then need_update=1; fi
  if ! apt-cache showsrc libgc >/dev/null 2>&1; then need_update=1; fi
fi

if [ $need_update = 1 ]; then
  echo "install-deps: apt-get update"
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f "$gc_src/extra/gc.c" ]; then
  echo "install-deps: fetching Debian's libgc source"
  tmp="$root/build/deps/libgc-download"
  rm -rf "$tmp" && mkdir -p "$tmp"
  (cd "$tmp" && apt-get source -qq libgc >/dev/null)
  dir=$(find "$tmp" -maxdepth 1 -mindepth 1 -type d -name 'libgc-*' | head -n 1)
  rm -rf "$gc_src"
  mv "$dir" "$gc_src"
  rm -rf "$tmp"
fi
# playwright-core (drives Debian's chromium in the browser test) from npm,
# at the version pinned by tests/browser/package-lock.json; npm's own
# configuration says which registry to use.
browser_dir="$root/tests/browser"
if [ ! -f "$browser_dir/node_modules/playwright-core/package.json" ]; then
  echo "install-deps: npm ci (playwright-core for the browser test)"
  (cd "$browser_dir" && npm ci --no-audit --no-fund --omit-lockfile-registry-resolved >/dev/null)
fi
echo "install-deps: ok"
