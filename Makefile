# Digitaal Veilig Check. The two commands a newcomer needs:
#   make run    install what is missing, build, and serve on http://127.0.0.1:8080
#   make test   install what is missing, build, and run every test tier

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
# Project tools first (wasm-opt 132), then cargo's installs (trunk, wasm-bindgen).
export PATH := $(CURDIR)/.tools/bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build run dev test lint test-native test-browser test-e2e test-nginx test-budget bench screenshots clean

setup:
	@bash scripts/setup.sh

# Release build into dist/. --offline: Trunk and cargo may not download
# anything here; setup has fetched the crates and installed the tools.
# `content packs` writes the language packs (every language but the first)
# into dist/lang/; postbuild fills in the Content-Security-Policy's script
# hash and the service worker's file lists and build id.
build: setup
	trunk build --release --offline
	cargo run --quiet --locked --bin content -- packs dist
	node scripts/postbuild.mjs dist

run: build
	node scripts/serve.mjs dist $(PORT)

# A debug build with live reload on http://127.0.0.1:$(PORT): no split, no
# wasm-opt, the CSP on (Trunk.dev.toml, scripts/dev-hook.mjs). For working on
# the app; `make run` serves what ships.
dev: setup
	sed -e 's/ data-cargo-features="split"//' index.html > .dev.html
	VEILIG_DEV_ADDRESS=127.0.0.1:$(PORT) trunk serve --config Trunk.dev.toml --port $(PORT)

test: build test-budget lint test-native test-browser test-e2e test-nginx

# The first visit's bytes against the budget (fails with the figures).
test-budget: build
	node scripts/budget.mjs dist

# Sizes, start-up and answer times, Lighthouse and the wasm breakdown:
# bench-report.json and a summary. Reported, never asserted.
bench: build
	node scripts/bench.mjs

# Clippy with every warning an error: natively (the domain, the content
# compiler, the tools and tests) and for the web (the app's ui and platform,
# which only build there).
lint: setup
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -p veilig-check --all-targets -- -D warnings

# Tier 1: the pure layer and the content, natively (and the code formatted).
test-native: setup
	cargo fmt --check
	cargo test --locked

# Tier 2: components and browser glue in headless Chromium.
test-browser: setup
	cargo test --locked --target wasm32-unknown-unknown --test browser

# Tiers 3 and 4: the built app in real Chromium, driven like a person, with
# every request recorded, and axe-core on every screen, against a fresh
# build (never a stale dist/).
test-e2e: build
	node --test --test-concurrency=1 tests/e2e/

# Tier 5: hosted for real. Debian's nginx with deploy/nginx/ on a loopback
# port: every file's type, compression, cache rule and security headers
# (scripts/check-deploy.mjs), and the start, privacy and offline end-to-end
# tests against it.
test-nginx: build
	node --test --test-concurrency=1 tests/nginx/
	VEILIG_SERVER=nginx node --test --test-concurrency=1 tests/e2e/start.test.mjs tests/e2e/privacy.test.mjs tests/e2e/offline.test.mjs

# Screenshots at phone, tablet and desktop size into target/screenshots/.
screenshots: build
	node scripts/screenshots.mjs

clean:
	cargo clean
	rm -rf dist
