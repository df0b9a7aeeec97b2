// The start screen before the wasm: `make build` renders the start screen
// and "it is happening now" into index.html (scripts/prerender.mjs). Without
// JavaScript, or without the wasm, the page still says what the service is
// and where to get help, with the phone numbers; with both, the app takes
// over without moving anything (CLS 0).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { openApp, axeViolations, appRunning, foreignRequests } from './support.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const NUMBERS = ['112', '0900-8844', '088-786 73 72'];

test('index.html itself holds the start screen and the help, inside the first round trip', async () => {
  const html = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8');
  for (const said of ['Hoe veilig bent u online?', 'Digitaal Veilig Check', 'Het gebeurt nu', ...NUMBERS]) {
    assert.ok(html.includes(said), said);
  }
  // The policy is as strict as ever: no inline code but the loader, by hash.
  const policy = html.match(/<meta[^>]*Content-Security-Policy[^>]*>/)[0].match(/content="([^"]+)"/)[1];
  assert.doesNotMatch(policy, /unsafe-inline/);
  assert.equal([...html.matchAll(/<script(?![^>]*\bsrc=)/g)].length, 1, 'one inline script');
  // Compressed, the page fits the first round trip (14.6 kB) with room.
  const br = brotliCompressSync(Buffer.from(html), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  assert.ok(br <= 14_600, `index.html is ${br} B brotli`);
});

test('with JavaScript off: the name, what it is, the help with its numbers and one plain sentence', async () => {
  const { page, requests } = await app.page({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  await page.goto(app.origin + '/');
  assert.equal((await page.locator('h1').textContent()).trim(), 'Hoe veilig bent u online?');
  assert.match(await page.locator('.brand').textContent(), /Digitaal Veilig Check/);
  assert.match(await page.locator('main .lead').textContent(), /Beantwoord een paar korte vragen/);
  const help = page.locator('#het-gebeurt-nu');
  assert.match(await help.textContent(), /nieuwere browser nodig/);
  for (const number of NUMBERS) assert.ok((await help.textContent()).includes(number), number);
  // Nothing clickable does nothing: every button waits (disabled); the
  // "it is happening now" button is a link to the help, and it works.
  const enabled = await page.locator('button:not([disabled])').count();
  assert.equal(enabled, 0, 'no button that does nothing');
  await page.locator('.help-now-bar a[href="#het-gebeurt-nu"]').click();
  await page.waitForURL(/#het-gebeurt-nu$/);
  // A situation opens and closes without any code (details/summary).
  const first = page.locator('#het-gebeurt-nu details.situation').first();
  await first.locator('summary').click();
  assert.equal(await first.getAttribute('open'), '');
  assert.ok(await first.locator('a[href^="tel:"]').first().isVisible());
  assert.deepEqual(foreignRequests(requests, app.origin), []);
});

test('without the wasm the page stays whole, readable and without WCAG 2.2 AA violations', async () => {
  const { page, requests } = await app.page({ viewport: { width: 390, height: 844 } });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(app.origin + '/', { waitUntil: 'load' }).catch(() => {});
  await page.locator('#app[data-prerendered] h1').waitFor();
  await page.waitForTimeout(500);
  assert.ok(await page.locator('#app[data-prerendered]').count(), 'the rendered page is still there');
  assert.ok(await page.locator('#het-gebeurt-nu').isVisible());
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  assert.deepEqual(foreignRequests(requests, app.origin), []);
});

test('the app takes over without moving anything: no layout shift, the buttons work', async () => {
  for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
    const { page, context, errors } = await app.page({ viewport });
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    await page.goto(app.origin + '/');
    await appRunning(page);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], `layout shifts at ${viewport.width}px`);
    assert.equal(await page.locator('#het-gebeurt-nu').count(), 0, 'the help for old browsers is gone');
    assert.equal(await page.locator('button[disabled]').count(), 0);
    await page.locator('.choice').first().click();
    await page.locator('.button-start').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  }
});
