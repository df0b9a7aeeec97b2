// Trunk's post-build hook for `make dev` (Trunk.dev.toml), run on Trunk's
// staging folder before it is served:
// - the language packs, as `make build` writes them;
// - the Content-Security-Policy's script hashes, for every inline script in
//   the page (Trunk's loader and its live-reload script), so the policy stays
//   as strict as in production;
// - a service worker that only removes itself: in development every reload
//   must show the newest build, not an offline copy.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('dev-hook.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');

execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'content', '--', 'packs', staging], { stdio: ['ignore', 'ignore', 'inherit'] });

const page = join(staging, '.dev.html');
// Trunk's live-reload script gets the server's address when it is served;
// written in here, it is hashed as the browser will see it.
const address = process.env.VEILIG_DEV_ADDRESS ?? '127.0.0.1:8080';
const html = (await readFile(page, 'utf8').catch(() => readFile(join(staging, 'index.html'), 'utf8')))
  .replaceAll('{{__TRUNK_ADDRESS__}}', address)
  .replaceAll('{{__TRUNK_WS_BASE__}}', '/');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
const filled = html.replace('__SCRIPT_HASHES__', hashes.join(' '));
await writeFile(join(staging, 'index.html'), filled);

await writeFile(
  join(staging, 'sw.js'),
  "// Development only: no offline copy. This worker removes itself.\n" +
    "self.addEventListener('install', () => self.skipWaiting());\n" +
    "self.addEventListener('activate', (event) => event.waitUntil(self.registration.unregister()));\n",
);
