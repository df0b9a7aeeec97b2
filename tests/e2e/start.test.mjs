// The start screen, used the way a person does: read it, switch language,
// pick a check with the keyboard, and open "it is happening now".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, foreignRequests, switchLanguage, languageButton } from './support.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

test('the start screen switches to English and every request stays on the origin', async () => {
  const { page, requests, errors, context } = await app.page();
  await gotoStart(page, app.origin);

  const h1 = page.getByRole('heading', { level: 1 });
  assert.equal(await h1.textContent(), 'Hoe veilig bent u online?');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.ok(await page.getByRole('button', { name: /Voor mezelf/ }).isVisible());
  assert.ok(await page.getByRole('button', { name: /Voor mijn bedrijf/ }).isVisible());
  assert.ok(await page.getByRole('button', { name: 'Het gebeurt nu: wat moet ik doen?' }).isVisible());

  await switchLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'How safe are you online?' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await languageButton(page, 'English').getAttribute('aria-pressed'), 'true');
  assert.ok(await page.getByRole('button', { name: /For my business/ }).isVisible());
  assert.match(await page.title(), /Digital Safety Check/);

  assert.ok(requests.length >= 3, `the page loaded its files (${requests.length} requests)`);
  assert.deepEqual(foreignRequests(requests, app.origin), [], 'no request leaves the origin');
  for (const r of requests) assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
  assert.deepEqual(errors, []);
  assert.deepEqual(await context.cookies(), [], 'no cookies');
});

test('a check can be chosen with the keyboard alone, and focus lands on the new heading', async () => {
  const { page, errors } = await app.page();
  await gotoStart(page, app.origin);

  // Tab from the top of the page until the "for myself" choice has focus.
  let found = false;
  for (let i = 0; i < 15 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent?.includes('Voor mezelf') ?? false);
  }
  assert.ok(found, 'the "for myself" choice is reachable by Tab');
  await page.keyboard.press('Enter');
  const h1 = page.getByRole('heading', { level: 1, name: 'Check voor uzelf' });
  await h1.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');

  await page.getByRole('button', { name: 'Terug naar het begin' }).press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Hoe veilig bent u online?' }).waitFor();
  assert.deepEqual(errors, []);
});

test('"it is happening now" gives steps and real phone numbers', async () => {
  const { page, errors } = await app.page();
  await gotoStart(page, app.origin);
  await page.getByRole('button', { name: 'Het gebeurt nu: wat moet ik doen?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Het gebeurt nu' }).waitFor();
  assert.ok(await page.getByRole('link', { name: 'Bent u in gevaar? Bel 112.' }).isVisible());

  await page.getByText('Iemand belt namens de bank').click();
  assert.ok(await page.getByText('Bel zelf uw bank. Gebruik het nummer op uw bankpas.').isVisible());
  const fraudehelpdesk = page.getByRole('link', { name: '088-786 73 72' }).first();
  assert.equal(await fraudehelpdesk.getAttribute('href'), 'tel:0887867372');

  // The language can switch here too, and the open situation stays open.
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'It is happening now' }).waitFor();
  assert.ok(await page.getByText('Call your bank yourself. Use the number on your bank card.').isVisible());
  assert.deepEqual(errors, []);
});

test('a strict Content-Security-Policy allows only this origin and the one loader script', async () => {
  const { page, errors } = await app.page();
  await gotoStart(page, app.origin);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.equal(directives['script-src'].length, 3, policy);
  assert.match(directives['script-src'][2], /^'sha256-[A-Za-z0-9+/]+=*'$/);
  assert.ok(!policy.includes('unsafe-inline') && !policy.includes('http'), policy);
  // The app ran under it: no violation was reported.
  assert.deepEqual(errors, []);
});

test('"larger text" makes every text a quarter larger and says it is on, in both languages', async () => {
  const { page } = await app.page({ viewport: { width: 390, height: 844 } });
  await gotoStart(page, app.origin);
  const size = () => page.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  const before = await size();
  const button = page.getByRole('button', { name: 'Grotere tekst' });
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.equal(await size(), before * 1.25);
  // It stays on through a change of language and screen, and a second press undoes it.
  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: /For myself/ }).click();
  const larger = page.getByRole('button', { name: 'Larger text' });
  assert.equal(await larger.getAttribute('aria-pressed'), 'true');
  await larger.click();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('text-large')), false);
  // Nothing sticks out sideways with the larger text on a phone.
  await larger.click();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
});

test('the accessibility statement is one link away from every screen, says what was tested, and gives a number to call', async () => {
  const { page, errors } = await app.page({ viewport: { width: 390, height: 844 } });
  await gotoStart(page, app.origin);
  await page.getByRole('button', { name: 'Toegankelijkheid' }).click();
  await page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title');
  assert.match(await page.title(), /^Toegankelijkheid – /);
  const text = await page.locator('main').textContent();
  for (const said of ['WCAG 2.2, niveau AA', 'axe-core', 'alleen het toetsenbord', '320 pixels', 'Een onafhankelijk onderzoek is nog niet gedaan']) {
    assert.ok(text.includes(said), `the statement says ${said}`);
  }
  assert.equal(await page.getByRole('link', { name: '14 070' }).getAttribute('href'), 'tel:14070');
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Accessibility' }).waitFor();
  assert.match(await page.locator('main').textContent(), /An independent audit has not been done yet/);
  assert.deepEqual(errors, []);
});
