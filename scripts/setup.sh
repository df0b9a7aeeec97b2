#!/usr/bin/env bash
# Installs everything the build and the tests need, from the package
# registries only, and skips whatever is already there at the right version.
# Safe to run again and again: when all is in place it takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The tool that splits the release wasm at its `wasm_split` points (see
# scripts/postbuild.mjs); it goes with the wasm_split_helpers in Cargo.lock.
WASM_SPLIT_VERSION=0.2.4
WASM_OPT_VERSION=132
# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '==> %s\n' "$*"; }

# The tool pins, checked against each other before anything is installed:
# wasm-bindgen in Cargo.toml (`=X`), Cargo.lock and Trunk.toml must be the
# one version, and wasm-split-cli must be of the same 0.x series as the
# wasm_split_helpers in Cargo.lock, or the build would fail much later.
pin_problems=()
CARGO_TOML_WASM_BINDGEN=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
TRUNK_WASM_BINDGEN=$(sed -n 's/^wasm_bindgen = "\(.*\)"$/\1/p' Trunk.toml)
WASM_SPLIT_HELPERS=$(awk '$0 == "name = \"wasm_split_helpers\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ "$CARGO_TOML_WASM_BINDGEN" = "$WASM_BINDGEN_VERSION" ] ||
  pin_problems+=("Cargo.toml pins wasm-bindgen \"=$CARGO_TOML_WASM_BINDGEN\", Cargo.lock has $WASM_BINDGEN_VERSION")
[ "$TRUNK_WASM_BINDGEN" = "$WASM_BINDGEN_VERSION" ] ||
  pin_problems+=("Trunk.toml's [tools] wasm_bindgen is \"$TRUNK_WASM_BINDGEN\", Cargo.lock has $WASM_BINDGEN_VERSION")
[ "${WASM_SPLIT_HELPERS%.*}" = "${WASM_SPLIT_VERSION%.*}" ] ||
  pin_problems+=("setup.sh installs wasm-split-cli $WASM_SPLIT_VERSION, Cargo.lock has wasm_split_helpers $WASM_SPLIT_HELPERS (the 0.x series must match)")
if [ ${#pin_problems[@]} -gt 0 ]; then
  printf 'The tool versions disagree:\n' >&2
  printf '  %s\n' "${pin_problems[@]}" >&2
  printf 'Make them one version, then run make again.\n' >&2
  exit 1
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# rustfmt and clippy, for the formatting check and `make lint`.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (takes about 7 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION" ||
   ! wasm-bindgen-test-runner --version 2>/dev/null | grep -qx "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 2 minutes, once)"
  # Not --locked: its lockfile asks for a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (takes about 3 minutes, once)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftotext ]; then
  say "installing Chromium, its driver and poppler-utils (to read printed PDFs) from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils
fi

# The web server the deployment is tested with (deploy/nginx/, `make
# test-nginx`): Debian's nginx and its brotli-static module. Only its binary
# is used, with a configuration of the tests' own on a loopback port; the
# package's own service is stopped if it started.
if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  say "installing nginx and its brotli-static module from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static
  as_root service nginx stop >/dev/null 2>&1 || true
fi

# npm ci only when the lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing the npm tools (wasm-opt, terser, playwright-core, axe-core, lighthouse)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# wasm-opt from the npm package, first on PATH (the Makefile puts .tools/bin
# there), so Debian's older binaryen is never picked up by Trunk.
mkdir -p .tools/bin
ln -sf ../../node_modules/binaryen/bin/wasm-opt .tools/bin/wasm-opt
if ! .tools/bin/wasm-opt --version | grep -q "version $WASM_OPT_VERSION"; then
  echo "wasm-opt is not version $WASM_OPT_VERSION: $(.tools/bin/wasm-opt --version)" >&2
  exit 1
fi

# The crates for every target, so the build itself can run offline.
cargo fetch --locked --quiet
