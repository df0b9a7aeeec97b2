// axe-core with the WCAG 2.2 AA rules on every screen that exists, in every
// language: zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, axeViolations, switchLanguage } from './support.mjs';

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
  { name: 'resident check, its introduction', open: async (page) => page.locator('.choice').first().click() },
  { name: 'business check, its introduction', open: async (page) => page.locator('.choice').nth(1).click() },
  { name: 'youth check, its introduction', open: async (page) => page.locator('.choice').nth(2).click() },
  {
    name: 'presentation mode, its choice of audience',
    open: async (page) => {
      await page.locator('.site-footer .link-button').last().click();
      await page.locator('.audiences').waitFor();
    },
  },
  {
    name: 'the accessibility statement',
    open: async (page) => {
      await page.locator('.site-footer .link-button').first().click();
      await page.locator('.statement-list').waitFor();
    },
  },
];

for (const language of ['Nederlands', 'English', 'Türkçe', 'العربية', 'Polski']) {
  for (const screen of screens) {
    test(`${screen.name} in ${language} has no WCAG 2.2 AA violations`, async () => {
      const { page } = await app.page();
      await gotoStart(page, app.origin);
      await switchLanguage(page, language);
      await screen.open(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  }
}

// Every kind of step in the check, in both languages: a profile question with
// check boxes, one with radio buttons, the optional one with "skip", a
// question with "don't know", a scenario before and after its explanation,
// the message for a missing answer, and the result page.
async function stepKind(page) {
  if (await page.locator('.summary').count()) return 'result';
  if (await page.locator('.feedback').count()) return 'scenario explanation';
  if (await page.locator('.story').count()) return 'scenario';
  const type = await page.locator('form.step input').first().getAttribute('type');
  const profile = (await page.locator('form.step-profile').count()) > 0;
  if (!profile) return 'question';
  if (await page.locator('form.step .button-secondary').count()) return 'optional profile question';
  return type === 'checkbox' ? 'profile question with check boxes' : 'profile question with one answer';
}

const everyLanguage = ['Nederlands', 'English', 'Türkçe', 'العربية', 'Polski'];
for (const [kind, choice, languages] of [
  ['resident', 0, everyLanguage],
  ['business', 1, everyLanguage],
  ['youth', 2, ['Nederlands', 'English']],
]) for (const language of languages) {
  test(`every kind of step of the ${kind} check in ${language} has no WCAG 2.2 AA violations`, async () => {
    const { page } = await app.page({ viewport: { width: 390, height: 844 } });
    await gotoStart(page, app.origin);
    await switchLanguage(page, language);
    await page.locator('.choice').nth(choice).click();
    await page.locator('.button-start').click();
    const audited = {};
    const audit = async (kind) => {
      if (kind in audited) return;
      audited[kind] = await axeViolations(page);
    };
    for (let i = 0; i < 100; i++) {
      await page.getByRole('heading', { level: 1 }).waitFor();
      const kind = await stepKind(page);
      await audit(kind);
      if (kind === 'result') break;
      const before = await page.locator('h1').textContent();
      if (kind === 'profile question with one answer' && !('missing answer' in audited)) {
        await page.locator('form.step button[type=submit]').click();
        await page.locator('.error-message').waitFor();
        await audit('missing answer');
      }
      const first = page.locator('form.step input').first();
      if (kind === 'optional profile question') {
        await page.locator('form.step .button-secondary').click();
      } else {
        // Every tag chosen where one may choose several, so every kind of
        // question appears; the first option elsewhere.
        const inputs = kind === 'profile question with check boxes' ? page.locator('form.step input') : first;
        for (let j = 0; j < (await inputs.count()); j++) {
          const id = await inputs.nth(j).getAttribute('id');
          await page.locator(`label[for="${id}"]`).click();
        }
        await page.locator('form.step button[type=submit]').click();
        if (kind === 'scenario') {
          await page.locator('.feedback').waitFor();
          await audit('scenario explanation');
          await page.locator('form.step button[type=submit]').click();
        }
      }
      await page.waitForFunction((prev) => document.querySelector('h1')?.textContent !== prev, before);
    }
    const expected = [
      'missing answer',
      'optional profile question',
      'profile question with check boxes',
      'profile question with one answer',
      'question',
      'result',
      'scenario',
      'scenario explanation',
    ];
    // The business profile has no optional question; the youth profile
    // asks one answer a question.
    const absent = { resident: [], business: ['optional profile question'], youth: ['optional profile question', 'profile question with check boxes'] };
    assert.deepEqual(Object.keys(audited).sort(), expected.filter((k) => !absent[kind].includes(k)));
    for (const [kind, violations] of Object.entries(audited)) {
      assert.deepEqual(violations, [], `${kind}: ${JSON.stringify(violations, null, 2)}`);
    }
  });
}
