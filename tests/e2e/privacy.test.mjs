// Proof that nothing leaves the device: every request the page and its
// service worker make during a whole check is recorded, as is every
// Content-Security-Policy violation the browser reports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, switchLanguage } from './support.mjs';
import { walkCheck } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

/**
 * Records every request of a browser context (the page's and the service
 * worker's, and whether the worker answered it from its own cache) and every
 * Content-Security-Policy violation the page reports.
 */
async function recorded(context) {
  const log = [];
  const entries = new WeakMap();
  context.on('request', (r) => {
    const entry = { url: r.url(), method: r.method(), worker: !!r.serviceWorker(), at: Date.now() };
    entries.set(r, entry);
    log.push(entry);
  });
  // A page request the service worker answers from its own cache never
  // reaches the network.
  context.on('requestfinished', async (r) => {
    const entry = entries.get(r);
    // (A worker that has just closed has no response to ask about.)
    if (entry) entry.fromCache = (await r.response().catch(() => null))?.fromServiceWorker() ?? false;
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return log;
}

/** Every request went to the app's own origin, as a GET without data; after `loaded`, none but the offline cache filling itself. */
function assertOwnFilesOnly(log, loaded) {
  for (const r of log) {
    const url = new URL(r.url);
    assert.equal(url.origin, app.origin, `request to another origin: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.equal(url.search + url.hash, '', `a request carries data: ${r.url}`);
  }
  const files = new Set(log.slice(0, loaded).map((r) => new URL(r.url).pathname));
  const later = log
    .slice(loaded)
    .filter((r) => !r.fromCache && (!r.worker || !files.has(new URL(r.url).pathname)));
  assert.deepEqual(later.map((r) => r.url), [], 'requests after load');
}

function printLog(log, loaded) {
  console.log(`request log: ${log.length} requests, ${loaded} before the start screen was ready:`);
  for (const r of log) {
    const by = r.worker ? ' (service worker)' : r.fromCache ? ' (answered from the offline cache)' : '';
    console.log(`  ${r.method} ${new URL(r.url).pathname}${by}`);
  }
}

test('a whole check, a language switch and "it is happening now": only GETs of the app\'s own files, no violation, nothing kept', async () => {
  const { page, context } = await app.page({ viewport: { width: 820, height: 1180 } });
  const log = await recorded(context);

  await gotoStart(page, app.origin);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
  const loaded = log.length;
  const historyAtStart = await page.evaluate(() => history.length);

  await walkCheck(page, {
    profile: { devices: ['smartphone'], banking: ['online-banking'], whatsapp: ['whatsapp'] },
    answers: { 'two-step-email': 'off', 'bank-safe-account': 'transfer' },
  });
  await page.locator('.summary').waitFor();
  await switchLanguage(page, 'English');
  await page.locator('.help-now-bar button').click();
  await page.locator('details.situation summary').first().click();

  // After the start screen: at most the service worker filling its own cache
  // with files the first load already named; the check itself asks nothing,
  // and the English texts come from the offline cache, which the service
  // worker filled when it installed.
  assertOwnFilesOnly(log, loaded);
  const packs = [...app.served].filter(([path]) => path.startsWith('/lang/'));
  assert.ok(packs.length >= 1, 'the service worker fetched the English pack');
  assert.deepEqual(packs.filter(([, n]) => n !== 1), [], 'each language pack is downloaded once');

  // The service worker's precache comes from the browser's HTTP cache for the
  // large hashed files: the first visit downloads the wasm once, not twice.
  const twice = [...app.served].filter(([path, n]) => n > 1 && /_bg\.wasm$|\.js$|\.css$/.test(path) && path !== '/sw.js');
  assert.deepEqual(twice, [], 'files downloaded twice');

  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(await context.cookies(), []);
  // Without opt-in memory nothing of the answers is kept anywhere: not in
  // storage, cookies, the address or the browser history.
  assert.deepEqual(
    await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie, location.hash, location.search, history.length]),
    [0, 0, '', '', '', historyAtStart],
  );
  printLog(log, loaded);
});

test('keeping the plan: printing, the QR code, memory on, a ticked action, a reminder and "delete everything" send nothing and leave nothing', async () => {
  const { page, context } = await app.page({ viewport: { width: 820, height: 1180 }, acceptDownloads: true });
  const log = await recorded(context);
  await page.addInitScript(() => (window.print = () => {}));
  await gotoStart(page, app.origin);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
  const loaded = log.length;

  await walkCheck(page, {
    profile: { devices: ['smartphone'], banking: ['online-banking'], whatsapp: ['whatsapp'] },
    answers: { 'two-step-email': 'off', 'bank-safe-account': 'transfer' },
  });
  await page.locator('.summary').waitFor();
  await page.getByRole('button', { name: 'Print het plan of bewaar het als PDF' }).click();
  await page.getByRole('button', { name: 'Print een actiekaart (A5)' }).click();
  await page.locator('.qr svg path').waitFor();
  assert.match(await page.locator('.qr').getAttribute('data-link'), /#p2\./);
  await page.getByLabel('Onthoud mijn plan op dit apparaat').check();
  await page.locator('.plan .done input').first().check();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Zet een herinnering in uw agenda' }).click()]);
  assert.equal(await page.evaluate(() => localStorage.length), 1, 'memory on: one key');
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await page.getByRole('button', { name: 'Wis alles van dit apparaat' }).click();
  await page.getByText('Alles is gewist.').waitFor();

  assertOwnFilesOnly(log, loaded);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(
    await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie, location.hash, location.search]),
    [0, 0, '', '', ''],
    'after "delete everything" nothing is left',
  );
  printLog(log, loaded);
});
