// Shared set-up for the end-to-end tests: the built app in dist/ served on
// 127.0.0.1, real Chromium from Debian driven by playwright-core, and a record
// of every request the page makes.
import { chromium } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { startNginx } from '../../scripts/nginx.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/**
 * The app's localStorage keys, read from their one definition
 * (crates/domain/src/keys.rs), so a test names them as the app does:
 * `KEYS.MEMORY`, `KEYS.EVENT_SETTINGS`, `KEYS.TALLY`, and `KEYS.ALL`, the
 * list "delete everything" removes.
 */
export const KEYS = await (async () => {
  const source = await readFile(join(dirname(fileURLToPath(import.meta.url)), '../../crates/domain/src/keys.rs'), 'utf8');
  const key = (name) => `veilig-check.${name}`;
  const keys = Object.fromEntries([...source.matchAll(/pub const (\w+): &str = key!\("([^"]*)"\);/g)].map(([, n, v]) => [n, key(v)]));
  const list = source.slice(source.indexOf('pub const ALL'));
  keys.ALL = [...list.slice(0, list.indexOf('];')).matchAll(/^\s+(?:([A-Z_]+)|key!\("([^"]*)"\)),$/gm)].map(([, n, v]) => (n ? keys[n] : key(v)));
  return keys;
})();

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Flags for a closed network: no background traffic of Chromium's own.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Serves a built app: with the project's own small server, or, with
 * VEILIG_SERVER=nginx (`make test-nginx`), with Debian's nginx and the
 * configuration in deploy/nginx/, as a municipality would host it.
 */
export function startAppServer(dist) {
  return process.env.VEILIG_SERVER === 'nginx' ? startNginx(dist) : startServer(dist);
}

/** Starts the server and the browser once for a test file. */
export async function openApp() {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ has no build: run `make build` (or `make test`) first');
  }
  const server = await startAppServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    origin: server.origin,
    /** How often the server sent each path. */
    get served() {
      return server.served;
    },
    browser,
    /** A fresh page (own context: no shared storage) that records requests and errors. */
    async page({ viewport = { width: 1280, height: 800 }, ...options } = {}) {
      const context = await browser.newContext({ viewport, ...options });
      const page = await context.newPage();
      // Going to the app waits until the app runs, not only for the start
      // screen index.html holds before it does (see appRunning).
      const goto = page.goto.bind(page);
      page.goto = async (url, ...rest) => {
        const response = await goto(url, ...rest);
        if (url.startsWith(server.origin) && options.javaScriptEnabled !== false) await appRunning(page);
        return response;
      };
      const reload = page.reload.bind(page);
      page.reload = async (...rest) => {
        const response = await reload(...rest);
        if (options.javaScriptEnabled !== false) await appRunning(page);
        return response;
      };
      const requests = [];
      const errors = [];
      page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      return { page, context, requests, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The QR code on the screen, decoded from a screenshot as a phone camera would. */
export async function scanQr(page) {
  const png = PNG.sync.read(await page.locator('.qr').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('the QR code on the screen cannot be read');
  return code.data;
}

/**
 * Waits until the app runs: index.html holds the start screen as `make
 * build` rendered it (`data-prerendered`, buttons disabled) until the app
 * takes over.
 */
export async function appRunning(page) {
  await page.waitForFunction(() => {
    const app = document.getElementById('app');
    return app && !app.hasAttribute('data-prerendered') && document.querySelector('h1');
  });
}

/** Loads the start screen and waits until the app has rendered it. */
export async function gotoStart(page, origin) {
  await page.goto(origin + '/');
  await appRunning(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

export const LANGUAGE_CODES = { Nederlands: 'nl', English: 'en', Türkçe: 'tr', العربية: 'ar', Polski: 'pl' };

/** A language's button in the language menu (found even while the menu is closed). */
export function languageButton(page, name) {
  return page.locator('#language-list').getByRole('button', { name: new RegExp(`^${name}`), includeHidden: true });
}

/** Opens the language menu (the globe button in the header) unless it is open. */
export async function openLanguageMenu(page) {
  const toggle = page.locator('.language-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/**
 * Chooses a language in the header and waits until the page shows it (other
 * languages than Dutch come from a language pack, loaded on first use).
 */
export async function switchLanguage(page, name) {
  await openLanguageMenu(page);
  await languageButton(page, name).click();
  await page.waitForFunction((code) => document.documentElement.lang === code, LANGUAGE_CODES[name]);
}

/** Requests that went anywhere but the app's own origin. */
export function foreignRequests(requests, origin) {
  return requests.filter((r) => new URL(r.url).origin !== origin);
}

let axeSource;

/** Runs axe-core on the current page with the WCAG 2.2 AA rules. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy
  // rightly refuses an injected <script>.
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/**
 * Prints the page as the print dialog would, into `dir`, and reads the PDF
 * back with poppler: its page size in points, its pages, its text, and
 * `has(s)`, which compares without white space and hyphens (lines wrap
 * differently on paper, and pdftotext joins "e-" + "mail").
 * PRINT_PNG=<folder>: the pages as pictures too, to look at.
 */
export async function printed(page, dir, name) {
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  if (process.env.PRINT_PNG) execFileSync('pdftoppm', ['-png', '-r', '60', path, join(process.env.PRINT_PNG, name)]);
  const bare = (s) => s.replace(/[\s-]/g, '');
  const has = (s) => bare(text).includes(bare(s));
  return { path, width: Math.round(width), height: Math.round(height), pages, text, has };
}
