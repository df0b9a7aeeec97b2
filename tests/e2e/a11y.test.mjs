// axe-core with the WCAG 2.2 AA rules on every screen that exists, in both
// languages: zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, axeViolations } from './support.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const screens = [
  { name: 'start', open: async () => {} },
  {
    name: 'it is happening now, one situation open',
    open: async (page) => {
      await page.locator('.help-now-bar button').click();
      await page.locator('details.situation summary').first().click();
    },
  },
  { name: 'resident check', open: async (page) => page.locator('.choice').first().click() },
];

for (const language of ['Nederlands', 'English']) {
  for (const screen of screens) {
    test(`${screen.name} in ${language} has no WCAG 2.2 AA violations`, async () => {
      const { page } = await app.page();
      await gotoStart(page, app.origin);
      await page.getByRole('button', { name: language }).click();
      await screen.open(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  }
}
