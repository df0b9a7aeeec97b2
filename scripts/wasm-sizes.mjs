// A size breakdown of the app's WebAssembly by crate and by function, read
// from the release build before wasm-bindgen and wasm-opt (the only copy that
// still has function names). Sizes are of the function bodies there, so they
// show proportions; the shipped file is smaller after wasm-opt.
// Usage: node scripts/wasm-sizes.mjs [file.wasm] [top-n]
import { readFileSync } from 'node:fs';

export function breakdown(bytes) {
  let pos = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return result;
    }
  };
  const name = () => {
    const len = u32();
    const s = Buffer.from(bytes.subarray(pos, pos + len)).toString('utf8');
    pos += len;
    return s;
  };
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 2) {
      // Imported functions come first in the function index space.
      for (let n = u32(), i = 0; i < n; i++) {
        name();
        name();
        const kind = bytes[pos++];
        if (kind === 0) { u32(); imported++; }
        else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 3) { pos += 2; }
      }
    } else if (id === 10) {
      for (let n = u32(), i = 0; i < n; i++) {
        const len = u32();
        bodies.push(len);
        pos += len;
      }
    } else if (id === 11) {
      data = size;
    } else if (id === 0 && name() === 'name') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subSize = u32();
        const subEnd = pos + subSize;
        if (sub === 1) for (let n = u32(), i = 0; i < n; i++) names.set(u32(), name());
        pos = subEnd;
      }
    }
    pos = end;
  }
  const functions = bodies.map((size, i) => ({ name: names.get(imported + i) ?? `func${imported + i}`, size }));
  const crates = new Map();
  for (const f of functions) {
    const crate = crateOf(f.name);
    crates.set(crate, (crates.get(crate) ?? 0) + f.size);
  }
  return {
    code_bytes: bodies.reduce((a, b) => a + b, 0),
    data_bytes: data,
    crates: [...crates].map(([crate, size]) => ({ crate, size })).sort((a, b) => b.size - a.size),
    functions: functions.sort((a, b) => b.size - a.size),
  };
}

/** The crate a (mangled or plain) Rust symbol belongs to. */
function crateOf(symbol) {
  if (symbol.startsWith('_R')) {
    // v0 mangling: the crate root is C, an optional disambiguator, then <len><name>.
    const m = symbol.match(/C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_]\w*)/);
    if (m) return m[2].slice(0, Number(m[1]));
  }
  if (symbol.startsWith('_ZN')) {
    const parts = [];
    let i = 3;
    while (i < symbol.length && symbol[i] !== 'E') {
      const len = symbol.slice(i).match(/^\d+/);
      if (!len) break;
      i += len[0].length;
      parts.push(symbol.slice(i, i + Number(len[0])));
      i += Number(len[0]);
    }
    symbol = parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\.\./g, '::');
  }
  const m = symbol.match(/([a-z_][a-z0-9_]*)::/);
  return m && m[1] !== '_' ? m[1] : '(no crate: runtime and glue)';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'target/wasm32-unknown-unknown/release/veilig-check.wasm';
  const top = Number(process.argv[3] ?? 15);
  const b = breakdown(readFileSync(file));
  console.log(`code ${b.code_bytes} B, data ${b.data_bytes} B (${file})`);
  for (const c of b.crates.slice(0, top)) console.log(`${String(c.size).padStart(9)}  ${c.crate}`);
  console.log('largest functions:');
  for (const f of b.functions.slice(0, top)) console.log(`${String(f.size).padStart(9)}  ${f.name.slice(0, 110)}`);
}
