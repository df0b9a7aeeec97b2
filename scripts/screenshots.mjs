// Screenshots of the screens at phone, tablet and desktop size, for people to
// look at: `make screenshots` writes them to target/screenshots/.
import { mkdir } from 'node:fs/promises';
import { openApp, gotoStart } from '../tests/e2e/support.mjs';
import { walkCheck } from '../tests/e2e/walk.mjs';

const sizes = { phone: { width: 390, height: 844 }, tablet: { width: 820, height: 1180 }, desktop: { width: 1280, height: 800 } };
const screens = {
  start: async () => {},
  'start-en': async (page) => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  },
  'help-now': async (page) => {
    await page.locator('.help-now-bar button').click();
    await page.locator('details.situation summary').first().click();
  },
  'check-intro': async (page) => page.locator('.choice').first().click(),
  'check-profile': async (page) => {
    await page.locator('.choice').first().click();
    await page.locator('.button-start').click();
    await page.locator('label[for="devices-smartphone"]').click();
  },
  'check-question': async (page) => {
    await page.locator('.choice').first().click();
    await walkCheck(page, { profile: everything }, { until: 'two-step-email', started: true });
    await page.locator('label[for="two-step-email-off"]').click();
  },
  'check-scenario-explanation': async (page) => {
    await page.locator('.choice').first().click();
    await walkCheck(page, { profile: everything }, { until: 'bank-safe-account', started: true });
    await page.locator('label[for="bank-safe-account-transfer"]').click();
    await page.locator('form.step button[type=submit]').click();
    await page.locator('.feedback').waitFor();
  },
  accessibility: async (page) => page.locator('.site-footer .link-button').first().click(),
  'check-result': async (page) => {
    await page.locator('.choice').first().click();
    await walkCheck(page, { profile: everything, otherwise: 'first', answers: { 'two-step-email': 'off', 'bank-caller': 'check-number' } }, { started: true });
  },
};

// Every profile tag, so every kind of question appears.
const everything = {
  devices: ['smartphone', 'tablet', 'computer', 'smart-devices'],
  trade: ['buys-online', 'sells-online'],
};

const out = 'target/screenshots';
await mkdir(out, { recursive: true });
const app = await openApp();
try {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const [name, open] of Object.entries(screens)) {
      const { page, context } = await app.page({ viewport });
      await gotoStart(page, app.origin);
      await open(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: true });
      await context.close();
    }
  }
  // Right to left: the test pseudo-locale, on the screens with the most
  // layout, at phone and tablet size.
  for (const size of ['phone', 'tablet']) {
    for (const name of ['start', 'check-question', 'check-scenario-explanation', 'check-result', 'help-now']) {
      const { page, context } = await app.page({ viewport: sizes[size] });
      await page.goto(app.origin + '/?lang=ar-XB');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await screens[name](page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${out}/rtl-${name}-${size}.png`, fullPage: true });
      await context.close();
    }
  }
  console.log(`screenshots written to ${out}/`);
} finally {
  await app.close();
}
