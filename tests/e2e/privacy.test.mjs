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

test('a whole check, a language switch and "it is happening now": only GETs of the app\'s own files, no violation, nothing kept', async () => {
  const { page, context } = await app.page({ viewport: { width: 820, height: 1180 } });
  // Every request of the context: the page's and the service worker's.
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

  await gotoStart(page, app.origin);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
  const loaded = log.length;
  const historyAtStart = await page.evaluate(() => history.length);
  const files = new Set(log.map((r) => new URL(r.url).pathname));

  await walkCheck(page, {
    profile: { devices: ['smartphone'], banking: ['online-banking'], whatsapp: ['whatsapp'] },
    answers: { 'two-step-email': 'off', 'bank-safe-account': 'transfer' },
  });
  await page.locator('.summary').waitFor();
  await switchLanguage(page, 'English');
  await page.locator('.help-now-bar button').click();
  await page.locator('details.situation summary').first().click();

  for (const r of log) {
    const url = new URL(r.url);
    assert.equal(url.origin, app.origin, `request to another origin: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.equal(url.search + url.hash, '', `a request carries data: ${r.url}`);
  }
  // After the start screen: at most the service worker filling its own cache
  // with files the first load already named; the check itself asks nothing,
  // and the English texts come from the offline cache, which the service
  // worker filled when it installed.
  const later = log
    .slice(loaded)
    .filter((r) => !r.fromCache && (!r.worker || !files.has(new URL(r.url).pathname)));
  assert.deepEqual(later.map((r) => r.url), [], 'requests after load');
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
  console.log(`request log: ${log.length} requests, ${loaded} before the start screen was ready:`);
  for (const r of log) {
    const by = r.worker ? ' (service worker)' : r.fromCache ? ' (answered from the offline cache)' : '';
    console.log(`  ${r.method} ${new URL(r.url).pathname}${by}`);
  }
});
