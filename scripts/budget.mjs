// What a first visit downloads, compressed at the highest level, against the
// byte budget: `node scripts/budget.mjs [dist]` fails with the figures when the
// build is over. A first visit loads index.html, then everything the service
// worker precaches (the files the app runs on) and the service worker itself.
// After that the service worker fills in the language packs (the checks' texts,
// the other languages) and the split-off code (a check, the seldom-seen
// screens, the idle dialog, the stored records), so they work offline too; they are reported as
// `language_fill_bytes_brotli` and `split_fill_bytes_brotli`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

// Bytes; the aim is under 100 000. The split-off parts of the code (a check,
// the seldom-seen screens) are not part of the first load: like the language
// packs, the service worker fills them in after it, and they are reported
// beside the budget.
export const BUDGET_BROTLI = 150_000;

export async function firstLoad(dist = 'dist') {
  const sw = await readFile(join(dist, 'sw.js'), 'utf8');
  const list = sw.match(/const FILES = (\[[\s\S]*?\]);/);
  if (!list) throw new Error('budget: dist/sw.js has no file list; run `make build`');
  const paths = [...JSON.parse(list[1]), '/sw.js'].sort();
  const fillList = sw.match(/const FILL = (\[[\s\S]*?\]);/);
  const fill = fillList ? JSON.parse(fillList[1]) : [];
  const files = [];
  for (const path of [...paths, ...fill]) {
    const body = await readFile(join(dist, path));
    files.push({
      path,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  // What the first visit needs to start, in its first language; the other
  // languages' packs follow after, filled in by the service worker.
  const start = files.filter((f) => !fill.includes(f.path));
  const packs = files.filter((f) => fill.includes(f.path) && f.path.startsWith('/lang/'));
  const parts = files.filter((f) => fill.includes(f.path) && f.path.endsWith('.wasm'));
  const sum = (key, list = start) => list.reduce((total, f) => total + f[key], 0);
  const of = (re) => files.filter((f) => re.test(f.path)).reduce((total, f) => total + f.raw, 0);
  return {
    files,
    first_load_bytes_raw: sum('raw'),
    first_load_bytes_gzip: sum('gzip'),
    first_load_bytes_brotli: sum('brotli'),
    language_fill_bytes_brotli: sum('brotli', packs),
    split_fill_bytes_brotli: sum('brotli', parts),
    wasm_bytes_raw: of(/_bg\.wasm$/),
    js_bytes_raw: of(/\.js$/) - of(/^\/sw\.js$/),
    css_bytes_raw: of(/\.css$/),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await firstLoad(process.argv[2] ?? 'dist');
  for (const f of result.files) {
    console.log(`${f.path.padEnd(48)} ${String(f.raw).padStart(8)} raw ${String(f.gzip).padStart(8)} gzip ${String(f.brotli).padStart(8)} brotli`);
  }
  const line = `first load: ${result.first_load_bytes_brotli} B brotli, ${result.first_load_bytes_gzip} B gzip (budget ${BUDGET_BROTLI} B brotli); then the language packs (the checks' texts, the other languages): ${result.language_fill_bytes_brotli} B brotli, and the split-off code (a check, the seldom-seen screens, the idle dialog, the stored records): ${result.split_fill_bytes_brotli} B brotli`;
  if (result.first_load_bytes_brotli > BUDGET_BROTLI) {
    console.error(`OVER BUDGET: ${line}`);
    process.exit(1);
  }
  console.log(`within budget: ${line}`);
}
