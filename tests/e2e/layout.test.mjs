// Reflow: every screen at 320 CSS pixels wide, and with the text at 200%,
// without horizontal scrolling (WCAG 1.4.4 and 1.4.10), in Dutch and in
// Arabic; and every screen in
// the right-to-left test pseudo-locale (`?lang=ar-XB`), mirrored and whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart } from './support.mjs';
import { walkCheck } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const everything = { devices: ['smartphone', 'tablet', 'computer', 'smart-devices'], trade: ['buys-online', 'sells-online'] };
// The check kinds are chosen by their button's name, which differs per
// language; the pseudo-locale writes English words right to left.
const dutch = { resident: /Voor mezelf/, business: /Voor mijn bedrijf/ };
const states = (choose) => ({
  start: async () => {},
  'it is happening now': async (page) => {
    await page.locator('.help-now-bar button').click();
    await page.locator('details.situation summary').first().click();
  },
  'a profile question': async (page) => {
    await page.locator('.choice').first().click();
    await page.locator('.button-start').click();
  },
  'a question with a hint': async (page) =>
    walkCheck(page, { profile: everything }, { until: 'two-step-email', choice: choose.resident }),
  'a scenario with its explanation': async (page) => {
    await walkCheck(page, { profile: everything }, { until: 'bank-safe-account', choice: choose.resident });
    await page.locator('label[for="bank-safe-account-transfer"]').click();
    await page.locator('form.step button[type=submit]').click();
    await page.locator('.feedback').waitFor();
  },
  'the result with its plan': async (page) => {
    await walkCheck(page, { profile: everything }, { choice: choose.resident });
    // Every fold-out open: device steps and the further actions.
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => (d.open = true)));
  },
  'a business question': async (page) =>
    walkCheck(page, { profile: { staff: ['staff-2-9'] } }, { until: 'email-spoofing', choice: choose.business }),
});

for (const [label, viewport, textSize] of [
  ['320 CSS pixels wide', { width: 320, height: 640 }, '100%'],
  ['text at 200%', { width: 820, height: 1180 }, '200%'],
]) for (const [language, address, choose] of [
  ['Dutch', '/', dutch],
  // Arabic, right to left for real; its checks chosen by their place.
  ['Arabic', '/?lang=ar', { resident: 0, business: 1 }],
]) {
  test(`no horizontal scrolling at ${label}, on every screen, in ${language}`, async () => {
    const problems = [];
    for (const [name, open] of Object.entries(states(choose))) {
      const { page, context } = await app.page({ viewport });
      await page.goto(app.origin + address);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
      await open(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const { scroll, width, wide } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
        // What sticks out, to say where the problem is.
        wide: [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      }));
      if (scroll > width) problems.push(`${name}: ${scroll}px wide in ${width}px (${wide.join(', ')})`);
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
}

test('right to left (the pseudo-locale ar-XB): every screen is mirrored, whole and without horizontal scrolling', async () => {
  const problems = [];
  for (const [name, open] of Object.entries(states({ resident: /myself/, business: /business/ }))) {
    const { page, context } = await app.page({ viewport: { width: 390, height: 844 } });
    await page.goto(app.origin + '/?lang=ar-XB');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar-XB');
    await open(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const found = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const box = (selector) => document.querySelector(selector)?.getBoundingClientRect();
      const brand = box('.brand');
      const tools = box('.header-tools');
      return {
        scroll: document.documentElement.scrollWidth,
        width,
        // In right to left, what sticks out does so on the left.
        outside: [...document.querySelectorAll('body *')]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.left < -1 || r.right > width + 1);
          })
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
        // The header is mirrored: the name of the service on the right.
        mirrored: !brand || !tools || brand.top < tools.top - 1 || brand.right > tools.right,
        // Texts start on the right: the heading's text hugs the right edge.
        headingRight: (() => {
          const h = document.querySelector('h1');
          const range = document.createRange();
          range.selectNodeContents(h);
          const text = range.getBoundingClientRect();
          return Math.abs(h.getBoundingClientRect().right - text.right) < 2;
        })(),
      };
    });
    if (found.scroll > found.width) problems.push(`${name}: ${found.scroll}px wide in ${found.width}px`);
    if (found.outside.length) problems.push(`${name}: outside the page: ${found.outside.join(', ')}`);
    if (!found.mirrored) problems.push(`${name}: the header is not mirrored`);
    if (!found.headingRight) problems.push(`${name}: the heading does not start on the right`);
    await context.close();
  }
  assert.deepEqual(problems, []);
});
