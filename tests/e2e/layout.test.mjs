// Reflow: every screen at 320 CSS pixels wide, and with the text at 200%,
// without horizontal scrolling (WCAG 1.4.4 and 1.4.10).
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
const states = {
  start: async () => {},
  'it is happening now': async (page) => {
    await page.locator('.help-now-bar button').click();
    await page.locator('details.situation summary').first().click();
  },
  'a profile question': async (page) => {
    await page.locator('.choice').first().click();
    await page.locator('.button-start').click();
  },
  'a question with a hint': async (page) => walkCheck(page, { profile: everything }, { until: 'two-step-email' }),
  'a scenario with its explanation': async (page) => {
    await walkCheck(page, { profile: everything }, { until: 'bank-safe-account' });
    await page.locator('label[for="bank-safe-account-transfer"]').click();
    await page.locator('form.step button[type=submit]').click();
    await page.locator('.feedback').waitFor();
  },
  'the result with its plan': async (page) => {
    await walkCheck(page, { profile: everything });
    // Every fold-out open: device steps and the further actions.
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => (d.open = true)));
  },
  'a business question': async (page) =>
    walkCheck(page, { profile: { staff: ['staff-2-9'] } }, { until: 'email-spoofing', choice: /Voor mijn bedrijf/ }),
};

for (const [label, viewport, textSize] of [
  ['320 CSS pixels wide', { width: 320, height: 640 }, '100%'],
  ['text at 200%', { width: 820, height: 1180 }, '200%'],
]) {
  test(`no horizontal scrolling at ${label}, on every screen`, async () => {
    const problems = [];
    for (const [name, open] of Object.entries(states)) {
      const { page, context } = await app.page({ viewport });
      await gotoStart(page, app.origin);
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
