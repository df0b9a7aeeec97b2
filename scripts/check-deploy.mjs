// Checks a deployment of Digitaal Veilig Check from the outside, the way a
// browser sees it: `node scripts/check-deploy.mjs https://veiligcheck.example.nl/`.
// It reads the app's file list from its service worker and checks, for every
// file: the answer, the type, the compression, the cache rule and the
// security headers; then that nothing else is served (a dot folder such as
// .git, a directory, a file outside the app, a path that climbs out). It
// prints one line per finding and exits with 1 when anything is wrong, so an
// IT department can run it against its own server after every update.
// `make test` runs the same checks against nginx with deploy/nginx/.
import { pathToFileURL } from 'node:url';

const YEAR = 31536000;
const TYPES = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  txt: 'text/plain',
};
const COMPRESSIBLE = new Set(['html', 'js', 'css', 'wasm', 'webmanifest', 'svg', 'txt']);
// Trunk's and the build's content-hashed names never change.
const HASHED = /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css|svg|txt)$/;
// What every answer must say, and what the value must contain.
const SECURITY = [
  ['content-security-policy', ["default-src 'none'", "frame-ancestors 'none'", "script-src 'self'", "base-uri 'none'"]],
  ['x-content-type-options', ['nosniff']],
  ['referrer-policy', ['no-referrer']],
  ['permissions-policy', ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']],
  ['cross-origin-opener-policy', ['same-origin']],
  ['strict-transport-security', ['max-age=']],
];

/** The problems of one answer's security headers. */
function securityProblems(path, headers) {
  const problems = [];
  for (const [name, parts] of SECURITY) {
    const value = headers.get(name);
    if (value === null) problems.push(`${path}: no ${name} header`);
    else for (const part of parts) if (!value.includes(part)) problems.push(`${path}: ${name} lacks ${part}: ${value}`);
  }
  const hsts = headers.get('strict-transport-security')?.match(/max-age=(\d+)/);
  if (hsts && Number(hsts[1]) < YEAR) problems.push(`${path}: strict-transport-security max-age under a year`);
  if (headers.get('server')?.match(/\d/)) problems.push(`${path}: the server names its version: ${headers.get('server')}`);
  return problems;
}

/**
 * Checks the deployment at `address`. Returns { files, problems, notes }:
 * the files checked, what is wrong (empty when all is well), and what is
 * worth knowing without being wrong.
 */
export async function checkDeployment(address) {
  const origin = new URL(address).origin;
  const problems = [];
  const notes = [];
  const get = (path, headers = {}) => fetch(origin + path, { headers: { 'accept-encoding': 'br, gzip', ...headers }, redirect: 'manual' });

  const start = await get('/');
  if (start.status !== 200) return { files: [], problems: [`/: answered ${start.status}, not 200`], notes };
  const html = await start.text();
  const meta = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)?.[0]?.match(/content="([^"]+)"/)?.[1];
  const sw = await (await get('/sw.js')).text();
  const list = (name) => {
    const text = sw.match(new RegExp(`const ${name} = (\\[[^\\]]*\\])`))?.[1];
    return text ? JSON.parse(text) : null;
  };
  const precache = list('FILES');
  const fill = list('FILL');
  if (!precache || !fill) return { files: [], problems: ['/sw.js: no FILES or FILL list: is this Digitaal Veilig Check?'], notes };
  const files = ['/', '/sw.js', ...new Set([...precache, ...fill])];

  for (const path of files) {
    const answer = await get(path);
    const body = Buffer.from(await answer.arrayBuffer());
    const ext = path === '/' ? 'html' : path.split('.').pop();
    if (answer.status !== 200) {
      problems.push(`${path}: answered ${answer.status}, not 200`);
      continue;
    }
    const type = answer.headers.get('content-type') ?? '';
    if (!type.startsWith(TYPES[ext] ?? '?')) problems.push(`${path}: type ${type}, not ${TYPES[ext]}`);
    if (ext === 'wasm' && type !== 'application/wasm') problems.push(`${path}: a browser compiles wasm only when it is sent as application/wasm`);
    const encoding = answer.headers.get('content-encoding');
    if (COMPRESSIBLE.has(ext)) {
      if (encoding === 'gzip') notes.push(`${path}: gzip, not brotli (about a fifth larger)`);
      else if (encoding !== 'br') problems.push(`${path}: sent uncompressed although the browser accepts br and gzip`);
      if (!/accept-encoding/i.test(answer.headers.get('vary') ?? '')) problems.push(`${path}: compressed without Vary: Accept-Encoding`);
    }
    const cache = answer.headers.get('cache-control') ?? '';
    if (HASHED.test(path)) {
      const age = Number(cache.match(/max-age=(\d+)/)?.[1] ?? 0);
      if (!cache.includes('immutable') || age < YEAR) problems.push(`${path}: a content-hashed file should be kept a year, immutable; Cache-Control: ${cache || '(none)'}`);
    } else if (!cache.includes('no-cache')) {
      problems.push(`${path}: must be checked again on every visit (no-cache), or a new build does not reach people; Cache-Control: ${cache || '(none)'}`);
    }
    problems.push(...securityProblems(path, answer.headers));
    if (path === '/') {
      const header = answer.headers.get('content-security-policy');
      if (meta && header && !header.startsWith(meta.replaceAll('&#39;', "'"))) {
        problems.push(`/: the Content-Security-Policy header is not this build's (deploy/nginx/csp.conf from the same make build as dist/)`);
      }
    }
    if (body.length === 0) problems.push(`${path}: empty`);
  }

  // Nothing but the built files.
  const refused = [
    ['/.git/config', 'a dot folder'],
    ['/lang/', 'a directory'],
    ['/Cargo.toml', 'a file outside the app'],
    ['/index.html.br', 'a precompressed copy by name'],
    ['/%2e%2e/%2e%2e/%2e%2e/etc/passwd', 'a path that climbs out'],
  ];
  for (const [path, what] of refused) {
    const answer = await get(path);
    const text = await answer.text();
    const ok = path.includes('%2e') ? [400, 404].includes(answer.status) : answer.status === 404;
    if (!ok || /root:|Index of|<pre>/i.test(text)) problems.push(`${path} (${what}): answered ${answer.status}, not 404`);
    if (answer.status === 404) problems.push(...securityProblems(path, answer.headers));
  }

  // Over HTTPS, plain HTTP only sends people on.
  if (origin.startsWith('https:')) {
    const plain = await fetch(origin.replace('https:', 'http:') + '/', { redirect: 'manual' }).catch(() => null);
    if (plain && !(plain.status >= 301 && plain.status <= 308 && plain.headers.get('location')?.startsWith('https://'))) {
      problems.push(`http:// answered ${plain.status}, not a redirect to https://`);
    }
  } else {
    notes.push(`${origin} is not HTTPS: fine for a test on this machine, never for the public (deploy/README.md)`);
  }
  return { files, problems, notes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const address = process.argv[2];
  if (!address) {
    console.error('usage: node scripts/check-deploy.mjs https://veiligcheck.example.nl/');
    process.exit(2);
  }
  const { files, problems, notes } = await checkDeployment(address);
  for (const note of notes) console.log(`note: ${note}`);
  for (const problem of problems) console.log(`WRONG: ${problem}`);
  console.log(problems.length === 0 ? `all well: ${files.length} files checked, and nothing else is served` : `${problems.length} thing(s) wrong`);
  process.exit(problems.length === 0 ? 0 : 1);
}
