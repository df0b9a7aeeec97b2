// Runs after `trunk build` (from `make build`) on dist/:
// 0. Minifies wasm-bindgen's JavaScript loader (Trunk leaves it as it is) and
//    updates its integrity hash in index.html.
// 1. The Content-Security-Policy: Trunk starts the app with one small inline
//    module script. Rather than allow inline scripts, the policy allows
//    exactly that script by its SHA-256 hash.
// 2. The service worker: writes the build id and the list of every file of
//    the build into dist/sw.js, so the new build replaces the old cache.
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');

for (const name of (await readdir(dist)).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
  const path = join(dist, name);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  if (!html.includes(sri(source))) throw new Error(`postbuild: no integrity hash for ${name} in index.html`);
  html = html.replace(sri(source), sri(code));
  await writeFile(path, code);
}

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('postbuild: no inline script found in dist/index.html; is this a Trunk build?');
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
if (!html.includes('__SCRIPT_HASHES__')) throw new Error('postbuild: index.html has no __SCRIPT_HASHES__ in its policy');
html = html.replace('__SCRIPT_HASHES__', hashes.join(' '));
await writeFile(indexPath, html);

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const all = (await files(dist)).map((p) => '/' + relative(dist, p).split('\\').join('/'));
// Everything the app needs to start and run. The large PNG icons are only for
// installing it on a home screen: the browser fetches those itself, so a
// first visit does not download them.
const INSTALL_ONLY = /^\/(icon-\d+|icon-maskable-\d+|apple-touch-icon)\.png$/;
// The language packs other than the first language (compiled in) are not
// needed to start: the service worker fills them in after it has installed
// (FILL), so every language works offline without slowing the first visit.
// The test pseudo-locale (lang/pseudo/) is never kept.
const PACK = /^\/lang\//;
const precache = all.filter((p) => p !== '/sw.js' && !INSTALL_ONLY.test(p) && !PACK.test(p)).sort();
const fill = all.filter((p) => /^\/lang\/[^/]+\.txt$/.test(p)).sort();
if (fill.length === 0) throw new Error('postbuild: no language packs in dist/lang/; run `content packs dist` first');
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
  `postbuild: policy allows ${hashes.length} inline script(s); service worker ${build} precaches ${precache.length} files, then fills ${fill.length} language pack(s)`,
);
