// A small static file server for the built app: `node scripts/serve.mjs dist 8080`.
// Used by `make run` and by the end-to-end tests (which import startServer).
// It serves only files under the given folder, with the MIME types a browser
// needs (application/wasm above all), compressed with brotli or gzip as any
// good static host does, and listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

/** The body in the best encoding the browser accepts, compressed at the highest level. */
function encode(body, ext, accepted, cache, key) {
  if (!COMPRESSIBLE.has(ext)) return { body };
  const wants = (name) => new RegExp(`\\b${name}\\b`).test(accepted ?? '');
  const encoding = wants('br') ? 'br' : wants('gzip') ? 'gzip' : null;
  if (!encoding) return { body };
  const id = `${encoding}:${key}`;
  if (!cache.has(id) || !cache.get(id).source.equals(body)) {
    const packed =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 });
    cache.set(id, { source: body, packed });
  }
  return { body: cache.get(id).packed, encoding };
}

// Trunk's hashed names ("style-0123456789abcdef.css", the hash sometimes
// shorter) never change content:
// browsers may keep them for good, so the service worker's precache finds them
// in the HTTP cache instead of downloading them a second time.
const HASHED = /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css|svg)$/;

export function startServer(root, port = 0, host = '127.0.0.1') {
  const base = resolve(root);
  const compressed = new Map();
  // How often each path was served with a body, for tests.
  const served = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (body === null) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const ext = extname(file);
      const sent = encode(body, ext, req.headers['accept-encoding'], compressed, file);
      res.writeHead(200, {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        Vary: 'Accept-Encoding',
        ...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {}),
      });
      served.set(path, (served.get(path) ?? 0) + 1);
      res.end(req.method === 'HEAD' ? undefined : sent.body);
    } catch {
      res.writeHead(400).end('Bad request');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      // close() also drops kept-alive connections, so a test can take the
      // network away at once.
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      ok({ server, origin: `http://${host}:${bound}`, close, served });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { origin } = await startServer(root, Number(port));
  console.log(`Digitaal Veilig Check is served at ${origin}/ (Ctrl+C stops it)`);
}
