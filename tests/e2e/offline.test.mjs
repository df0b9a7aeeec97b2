// Offline and updates, with a real service worker: each test serves its own
// copy of dist/ so it can take the server away or put a "new build" in place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, startAppServer, switchLanguage, languageButton, openLanguageMenu, appRunning } from './support.mjs';
import { walkCheck } from './walk.mjs';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
});

/** Writes a file of "a new build" with its precompressed copies, as `make build` makes them. */
async function writeBuilt(path, text) {
  await writeFile(path, text);
  await writeFile(`${path}.br`, brotliCompressSync(text));
  await writeFile(`${path}.gz`, gzipSync(text));
}

async function servedCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'veilig-check-'));
  await cp('dist', dir, { recursive: true });
  const server = await startAppServer(dir);
  return { dir, server, async cleanUp() {
    await server.close().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  } };
}

/** A phone without a service worker (nothing kept for offline use), recording page errors. */
async function phoneWithoutWorker() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Loads the app and waits until the service worker controls the page. */
async function firstVisit(origin) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  await appRunning(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
  return { context, page, errors };
}

test('after one visit, the app starts and a whole check can be done with no network at all', async () => {
  const copy = await servedCopy();
  try {
    const { context, page, errors } = await firstVisit(copy.server.origin);
    await copy.server.close(); // the network is gone: nothing answers any more
    await page.reload();
    await appRunning(page);
    await page.getByRole('heading', { level: 1, name: /Hoe veilig bent u online/ }).waitFor();
    await walkCheck(page, { profile: {} });
    await page.locator('.summary').waitFor();
    assert.ok((await page.locator('.plan .action-card').count()) >= 1);
    // English was never chosen online, yet works offline: the service worker
    // filled its pack in after installing.
    await switchLanguage(page, 'English');
    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await copy.cleanUp();
  }
});

test('a check or a language that cannot be loaded (offline, never kept) gives a clear message and loses nothing', async () => {
  const copy = await servedCopy();
  const { context, page, errors } = await phoneWithoutWorker();
  try {
    await page.goto(copy.server.origin + '/');
    await appRunning(page);
    // Online, the resident check's texts load when it is chosen.
    await page.getByRole('button', { name: /Voor mezelf/ }).click();
    await page.locator('.button-start').waitFor();
    await context.setOffline(true);
    // Offline, a check whose texts were never loaded cannot start; it says so.
    await page.getByRole('button', { name: 'Terug naar het begin' }).click();
    await page.getByRole('button', { name: /Voor mijn bedrijf/ }).click();
    await page.getByText('Deze check kan nu niet worden geladen.', { exact: false }).waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Hoe veilig bent u online?');
    // So does a seldom-seen page, such as the accessibility statement.
    await page.getByRole('button', { name: 'Toegankelijkheid' }).click();
    await page.getByText('Deze pagina kan nu niet worden geladen.', { exact: false }).waitFor();
    // The one that was loaded still works.
    await page.getByRole('button', { name: /Voor mezelf/ }).click();
    await page.locator('.button-start').click();
    await page.locator('.step-profile').waitFor();
    const question = await page.locator('h1').textContent();
    await openLanguageMenu(page);
    await languageButton(page, 'English').click();
    const message = page.locator('.language-message');
    await message.filter({ hasText: 'kan nu niet worden geladen' }).waitFor();
    assert.match(await message.textContent(), /English kan nu niet worden geladen\. Maak verbinding met internet/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await languageButton(page, 'English').getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('h1').textContent(), question, 'the check goes on where it was');
    // Back online, the same button works and the message goes.
    await context.setOffline(false);
    await openLanguageMenu(page);
    await languageButton(page, 'English').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await message.textContent(), '');
    assert.deepEqual(errors.filter((e) => !/Failed to fetch|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await context.close();
    await copy.cleanUp();
  }
});

test('a part of the code that cannot be loaded says so and offers the way back; the app goes on, and a later try loads it', async () => {
  const copy = await servedCopy();
  const { context, page, errors } = await phoneWithoutWorker();
  try {
    // The seldom-seen screens' code does not arrive (their texts do).
    await page.route('**/split_rare-*.wasm', (route) => route.abort());
    await page.goto(copy.server.origin + '/');
    await appRunning(page);
    await page.getByRole('button', { name: 'Toegankelijkheid' }).click();
    await page.getByText('Deze pagina kan nu niet worden geladen.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Terug naar het begin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoe veilig bent u online?' }).waitFor();
    // The rest of the app still works: a check starts.
    await page.getByRole('button', { name: /Voor mezelf/ }).click();
    await page.locator('.button-start').waitFor();
    await page.getByRole('button', { name: 'Terug naar het begin' }).click();
    // Once the code can arrive, the same link opens the statement.
    await page.unroute('**/split_rare-*.wasm');
    await page.getByRole('button', { name: 'Toegankelijkheid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await copy.cleanUp();
  }
});

test('a new build is picked up: the app offers to reload, then runs the new build from a fresh cache', async () => {
  const copy = await servedCopy();
  try {
    const { context, page } = await firstVisit(copy.server.origin);
    const oldCaches = await page.evaluate(() => caches.keys());
    assert.equal(oldCaches.length, 1);

    // A new build: a changed page and a service worker with a new build id.
    const index = join(copy.dir, 'index.html');
    await writeBuilt(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="build" content="second"><title>'));
    const sw = join(copy.dir, 'sw.js');
    await writeBuilt(sw, (await readFile(sw, 'utf8')).replace(/const BUILD = "[0-9a-f]+"/, 'const BUILD = "5ec0nd"'));

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('.update-notice').waitFor();
    assert.match(await page.locator('.update-notice').textContent(), /nieuwe versie/);
    await page.getByRole('button', { name: 'Nu vernieuwen' }).click();
    await page.waitForFunction(() => document.querySelector('meta[name=build]')?.content === 'second');
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await page.evaluate(() => caches.keys()), ['veilig-check-5ec0nd']);
    await context.close();
  } finally {
    await copy.cleanUp();
  }
});
