// The nginx configuration in deploy/nginx/, served by Debian's nginx: every
// file of the build with its type, compression, cache rule and security
// headers, and nothing else (scripts/check-deploy.mjs, the same checks IT
// runs against a real deployment). `make test-nginx` runs this with the
// start, privacy and offline end-to-end tests against the same server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeployment } from '../../scripts/check-deploy.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { startNginx } from '../../scripts/nginx.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
let nginx;
before(async () => {
  nginx = await startNginx(dist);
});
after(async () => {
  await nginx?.close();
});

test('nginx serves every file of the build with its type, brotli, its cache rule and the security headers, and nothing else', async () => {
  const { files, problems, notes } = await checkDeployment(nginx.origin);
  assert.deepEqual(problems, []);
  assert.ok(files.length > 20, `${files.length} files`);
  assert.ok(files.some((f) => f.endsWith('_bg.wasm')) && files.some((f) => f.startsWith('/lang/')));
  // Brotli everywhere: Debian's brotli-static module is there.
  assert.deepEqual(notes.filter((n) => n.includes('gzip')), []);
});

test('the answers themselves, as a browser gets them', async () => {
  const get = (path, encoding = 'br, gzip') => fetch(nginx.origin + path, { headers: { 'accept-encoding': encoding } });
  const start = await get('/');
  assert.equal(start.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(start.headers.get('content-encoding'), 'br');
  assert.equal(start.headers.get('cache-control'), 'no-cache');
  assert.match(start.headers.get('content-security-policy'), /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'; .*; frame-ancestors 'none'$/);
  assert.equal(start.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(start.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(start.headers.get('cross-origin-opener-policy'), 'same-origin');
  assert.match(start.headers.get('strict-transport-security'), /^max-age=63072000/);
  assert.equal(start.headers.get('server'), 'nginx', 'no version');
  const html = await start.text();
  const wasm = html.match(/\/veilig-check-[0-9a-f]+_bg\.wasm/)[0];
  const gzip = await get(wasm, 'gzip');
  assert.deepEqual(
    [gzip.headers.get('content-type'), gzip.headers.get('content-encoding'), gzip.headers.get('cache-control')],
    ['application/wasm', 'gzip', 'public, max-age=31536000, immutable'],
  );
  const plain = await get(wasm, 'identity');
  assert.equal(plain.headers.get('content-encoding'), null, 'a browser without compression gets the file itself');
  const listing = await get('/lang/');
  assert.equal(listing.status, 404);
  assert.doesNotMatch(await listing.text(), /Index of|\.txt/);
  assert.equal((await get('/.git/config')).status, 404);
  assert.equal((await get('/deploy/nginx/app.conf')).status, 404);
});

test('the checker finds what a plain server leaves out', async () => {
  // The project's own small server sends no CSP header, no Permissions-Policy
  // and no HSTS: the checks must notice, or they would prove nothing.
  const plain = await startServer(dist);
  try {
    const { problems } = await checkDeployment(plain.origin);
    for (const missing of ['content-security-policy', 'permissions-policy', 'cross-origin-opener-policy', 'strict-transport-security']) {
      assert.ok(problems.includes(`/: no ${missing} header`), missing);
    }
  } finally {
    await plain.close();
  }
});
