// Runs after `trunk build` (from `make build`) on dist/:
// 0. Splits the wasm: Trunk builds it with the `split` feature, so each
//    `wasm_split` point (the check, the seldom-seen screens; see
//    src/ui/app.rs) becomes a file of its own, fetched when first needed.
//    wasm-split-cli cuts cargo's output (it needs the linker's relocations,
//    `--emit-relocs` in .cargo/config.toml) into the main module, the split
//    files and their loader; wasm-bindgen and wasm-opt then make the main
//    module as Trunk would have, under Trunk's file names, and the split
//    files get content hashes in their names.
// 1. Minifies wasm-bindgen's JavaScript loader (Trunk leaves it as it is) and
//    updates its integrity hash in index.html.
// 2. The Content-Security-Policy: Trunk starts the app with one small inline
//    module script. Rather than allow inline scripts, the policy allows
//    exactly that script by its SHA-256 hash. Then the start screen and "it
//    is happening now", rendered by the built app itself in headless
//    Chromium, go into index.html (scripts/prerender.mjs), so the first
//    paint needs no wasm and a browser without it still shows help.
// 3. The service worker: writes the build id and the list of every file of
//    the build into dist/sw.js, so the new build replaces the old cache.
// 4. For hosting (deploy/): a brotli (.br) and a gzip (.gz) copy beside every
//    file that compresses, at the highest levels, so the server sends them as
//    they are; and the Content-Security-Policy as an nginx header for this
//    build (deploy/nginx/csp.conf: the loader's hash changes every build).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, readdir, mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { prerender } from './prerender.mjs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

// 0. Split.
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
// Cargo's output, wherever CARGO_TARGET_DIR puts it.
const CARGO_WASM = join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown/release/veilig-check.wasm');
// The project's own wasm-opt (binaryen 132 from npm, see setup.sh), never
// whichever one is first on PATH: Debian's older binaryen breaks the output.
const WASM_OPT = fileURLToPath(new URL('../node_modules/binaryen/bin/wasm-opt', import.meta.url));
const loaderName = (await readdir(dist)).find((f) => /^veilig-check-[0-9a-f]+\.js$/.test(f));
if (!loaderName) throw new Error('postbuild: no veilig-check-<hash>.js in dist/; is this a Trunk build?');
const stem = loaderName.slice(0, -'.js'.length);
const wasmPath = join(dist, `${stem}_bg.wasm`);
const trunkWasm = await readFile(wasmPath);
const trunkLoader = await readFile(join(dist, loaderName));
const work = await mkdtemp(join(tmpdir(), 'veilig-check-split-'));
try {
  execFileSync('wasm-split-cli', [CARGO_WASM, work, '--out-name', stem], { stdio: ['ignore', 'ignore', 'inherit'] });
  // --keep-lld-exports: the split files need the main module's function table.
  execFileSync('wasm-bindgen', [join(work, `${stem}.wasm`), '--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', dist, '--out-name', stem]);
  execFileSync(WASM_OPT, ['-Oz', ...WASM_FEATURES, wasmPath, '-o', wasmPath]);
  let splitLoader = await readFile(join(work, '__wasm_split.js'), 'utf8');
  const parts = (await readdir(work)).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`);
  if (parts.length === 0) throw new Error('postbuild: the wasm has no split points; was it built with the `split` feature?');
  for (const part of parts) {
    const out = join(work, `opt-${part}`);
    execFileSync(WASM_OPT, ['-Oz', ...WASM_FEATURES, join(work, part), '-o', out]);
    const bytes = await readFile(out);
    const named = `${part.slice(0, -'.wasm'.length)}-${short(bytes)}.wasm`;
    await writeFile(join(dist, named), bytes);
    if (!splitLoader.includes(`"./${part}"`)) throw new Error(`postbuild: the split loader does not name ${part}`);
    splitLoader = splitLoader.replace(`"./${part}"`, `"./${named}"`);
  }
  splitLoader = (await minify(splitLoader, { module: true, compress: true, mangle: true })).code;
  const splitLoaderName = `__wasm_split-${short(splitLoader)}.js`;
  await writeFile(join(dist, splitLoaderName), splitLoader);
  const loaderPath = join(dist, loaderName);
  const loader = await readFile(loaderPath, 'utf8');
  // Import the split loader by its new name (the wasm's own import names stay).
  const imports = /from "\.\/__wasm_split\.js"/g;
  if (!imports.test(loader)) throw new Error('postbuild: the main loader does not import the split loader');
  await writeFile(loaderPath, loader.replace(imports, `from "./${splitLoaderName}"`));
  // Trunk's index.html names the files by their integrity hashes.
  for (const [before, path] of [[trunkWasm, wasmPath], [trunkLoader, loaderPath]]) {
    if (!html.includes(sri(before))) throw new Error(`postbuild: no integrity hash for ${path} in index.html`);
    html = html.replace(sri(before), sri(await readFile(path)));
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

for (const name of (await readdir(dist)).filter((f) => f.endsWith('.js') && f !== 'sw.js' && !f.startsWith('__wasm_split-'))) {
  const path = join(dist, name);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  if (!html.includes(sri(source))) throw new Error(`postbuild: no integrity hash for ${name} in index.html`);
  html = html.replace(sri(source), sri(code));
  await writeFile(path, code);
}

// 1b. The app starts after the first paint. index.html holds the start screen
//     (2b below), so the page can paint from the HTML and the stylesheet
//     alone; the loader and the wasm are fetched after that frame instead of
//     with the HTML (Trunk's preload links would have them compete with the
//     stylesheet for a slow connection). The same loader, imported
//     dynamically.
const starter = /<script type="?module"?>import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/;
const found = html.match(starter);
if (!found) throw new Error('postbuild: the loader script in index.html is not the one Trunk writes');
html = html.replace(
  starter,
  `<script type=module>await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 250); });\n` +
    `const bindings = await import('${found[1]}');\nconst wasm = await bindings.default({ module_or_path: '${found[2]}' });`,
);
const preloads = /<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g;
if ((html.match(preloads) ?? []).length !== 2) throw new Error('postbuild: expected Trunk\'s two preload links in index.html');
html = html.replace(preloads, '');

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('postbuild: no inline script found in dist/index.html; is this a Trunk build?');
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
if (!html.includes('__SCRIPT_HASHES__')) throw new Error('postbuild: index.html has no __SCRIPT_HASHES__ in its policy');
html = html.replace('__SCRIPT_HASHES__', hashes.join(' '));
await writeFile(indexPath, html);

// 2b. The start screen and "it is happening now", rendered by the app
//     itself into index.html (scripts/prerender.mjs).
html = await prerender(dist, html);
await writeFile(indexPath, html);
console.log(`postbuild: start screen and help rendered into index.html (${Buffer.byteLength(html)} B)`);

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

// (Without the precompressed copies of an earlier run: step 4 makes them anew.)
const all = (await files(dist))
  .map((p) => '/' + relative(dist, p).split('\\').join('/'))
  .filter((p) => !/\.(br|gz)$/.test(p));
// Everything the app needs to start and run. The large PNG icons are only for
// installing it on a home screen: the browser fetches those itself, so a
// first visit does not download them.
const INSTALL_ONLY = /^\/(icon-\d+|icon-maskable-\d+|apple-touch-icon)\.png$/;
// The language packs other than the first language (compiled in) and the
// split-off code (step 0) are not needed to start: the service worker fills
// them in after it has installed (FILL), so every language and screen works
// offline without slowing the first visit. The test pseudo-locale
// (lang/pseudo/) is never kept.
const LATER = /^\/(lang\/|(split|chunk)_[^/]*\.wasm$)/;
const FILL = /^\/(lang\/[^/]+\.txt|(split|chunk)_[^/]*\.wasm)$/;
const precache = all.filter((p) => p !== '/sw.js' && !INSTALL_ONLY.test(p) && !LATER.test(p)).sort();
const fill = all.filter((p) => FILL.test(p)).sort();
if (!fill.some((p) => p.startsWith('/lang/'))) throw new Error('postbuild: no language packs in dist/lang/; run `content packs dist` first');
// The build id is a hash of every file's content, so it changes with any change.
const id = createHash('sha256');
for (const p of [...precache, ...fill]) {
  id.update(p);
  id.update(await readFile(join(dist, p)));
}
const build = id.digest('hex').slice(0, 16);
const swPath = join(dist, 'sw.js');
let sw = await readFile(swPath, 'utf8');
if (!sw.includes('__PRECACHE__')) throw new Error('postbuild: dist/sw.js has no __PRECACHE__ placeholder');
if (!sw.includes('__FILL__')) throw new Error('postbuild: dist/sw.js has no __FILL__ placeholder');
sw = sw
  .replace("'__BUILD_ID__'", JSON.stringify(build))
  .replace('__PRECACHE__', JSON.stringify(precache, null, 2))
  .replace('__FILL__', JSON.stringify(fill, null, 2));
await writeFile(swPath, sw);
console.log(
  `postbuild: policy allows ${hashes.length} inline script(s); service worker ${build} precaches ${precache.length} files, then fills ${fill.length} language pack(s) and split-off part(s)`,
);

// 4. Precompressed copies and the CSP header, for hosting.
const COMPRESSIBLE = /\.(html|js|css|wasm|svg|webmanifest|txt)$/;
let copies = 0;
for (const p of all.filter((p) => COMPRESSIBLE.test(p))) {
  const body = await readFile(join(dist, p));
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
  await writeFile(join(dist, p + '.br'), brotliCompressSync(body, { params }));
  await writeFile(join(dist, p + '.gz'), gzipSync(body, { level: 9 }));
  copies += 1;
}
const meta = (await readFile(indexPath, 'utf8')).match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)?.[0];
const policy = meta?.match(/content="([^"]+)"/)?.[1];
if (!policy) throw new Error('postbuild: dist/index.html has no Content-Security-Policy');
const cspConf = join(dirname(fileURLToPath(import.meta.url)), '..', 'deploy', 'nginx', 'csp.conf');
await writeFile(
  cspConf,
  `# Made by \`make build\` for the build in dist/ (the hash of its loader script
# changes with every build): copy it with that build. As the header, the
# policy also forbids framing the app (frame-ancestors, which a <meta> tag
# cannot say).
add_header Content-Security-Policy "${policy.replaceAll('&#39;', "'")}; frame-ancestors 'none'" always;
`,
);
console.log(`postbuild: ${copies} files precompressed (.br, .gz); deploy/nginx/csp.conf written`);
