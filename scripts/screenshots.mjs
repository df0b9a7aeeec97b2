// Screenshots of the screens at phone, tablet and desktop size, for people to
// look at: `make screenshots` writes them to target/screenshots/.
import { mkdir } from 'node:fs/promises';
import { openApp, gotoStart, KEYS } from '../tests/e2e/support.mjs';
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
    await walkCheck(page, { profile: everything, otherwise: 'first', answers: { 'two-step-email': 'off', 'bank-safe-account': 'transfer' } }, { started: true });
  },
};

// Every profile tag, so every kind of question appears.
const everything = {
  devices: ['smartphone', 'tablet', 'computer', 'smart-devices'],
  trade: ['buys-online', 'sells-online'],
  social: ['social-media'],
};

// The advice screens, in Dutch and English at phone size: each scenario
// before and after answering, and "it is happening now" with each group's
// first situation open. `SCREENS=advice make screenshots` takes only these.
const adviceScenarios = ['door-police', 'courier-card', 'whatsapp-new-number', 'qr-sticker', 'helpdesk-call', 'sim-swap', 'investment-ad', 'online-love', 'marktplaats-link'];
async function adviceShots(app, out) {
  for (const lang of ['nl', 'en']) {
    const open = async () => {
      const { page, context } = await app.page({ viewport: sizes.phone });
      await page.goto(`${app.origin}/${lang === 'en' ? '?lang=en' : ''}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return { page, context };
    };
    for (const id of adviceScenarios) {
      const { page, context } = await open();
      await page.locator('.choice').first().click();
      await walkCheck(page, { profile: everything }, { until: id, started: true });
      await page.screenshot({ path: `${out}/advice-${lang}-${id}.png`, fullPage: true });
      await page.locator(`form.step label[for^="${id}-"]`).first().click();
      await page.locator('form.step button[type=submit]').click();
      await page.locator('.feedback').waitFor();
      await page.screenshot({ path: `${out}/advice-${lang}-${id}-explained.png`, fullPage: true });
      await context.close();
    }
    const { page, context } = await open();
    await page.locator('.help-now-bar button').click();
    for (const group of await page.locator('.situation-group').all()) await group.locator('details.situation summary').first().click();
    await page.screenshot({ path: `${out}/advice-${lang}-help-now.png`, fullPage: true });
    await context.close();
  }
}

const out = 'target/screenshots';
await mkdir(out, { recursive: true });
const app = await openApp();
try {
  await adviceShots(app, out);
  if (process.env.SCREENS === 'advice') {
    console.log(`advice screenshots written to ${out}/`);
    process.exit(0);
  }
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
  // Reflow: 320 CSS pixels wide, and the text at 200% on a tablet.
  for (const [variant, viewport, size] of [['320px', { width: 320, height: 640 }, '100%'], ['text-200', sizes.tablet, '200%']]) {
    for (const name of ['start', 'check-question', 'check-scenario-explanation', 'check-result', 'help-now']) {
      const { page, context } = await app.page({ viewport });
      await gotoStart(page, app.origin);
      await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
      await screens[name](page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${out}/${variant}-${name}.png`, fullPage: true });
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
  // Event mode on a 10-inch tablet, upright and on its side.
  const eventOn = async (page) => {
    await page.locator('.site-footer .link-button').nth(1).click();
    await page.locator('#pin').fill('2468');
    await page.locator('#pin-repeat').fill('2468');
    await page.locator('form.event-form button[type=submit]').click();
    await page.locator('.event-start').waitFor();
  };
  const eventScreens = {
    start: async (page) => eventOn(page),
    question: async (page) => {
      await eventOn(page);
      await walkCheck(page, { profile: everything }, { until: 'two-step-email' });
    },
    'idle-warning': async (page) => {
      await eventOn(page);
      await page.locator('.choice').first().click();
      // The idle time passes on Playwright's clock, installed before the page loaded.
      await page.clock.fastForward(90_000);
      await page.locator('.idle-dialog[open]').waitFor();
    },
    result: async (page) => {
      await eventOn(page);
      await walkCheck(page, { profile: everything, otherwise: 'first', answers: { 'two-step-email': 'off' } });
    },
    ambassador: async (page) => {
      await eventOn(page);
      for (let i = 0; i < 5; i++) {
        await walkCheck(page, { profile: {} });
        await page.locator('.next-visitor button').click();
        await page.locator('.event-start').waitFor();
      }
      await page.locator('.site-footer .link-button').nth(1).click();
      await page.locator('#pin-enter').fill('2468');
      await page.locator('form.event-form button[type=submit]').click();
      await page.locator('.tally-kind').first().waitFor();
    },
  };
  for (const [size, viewport] of [['portrait', { width: 820, height: 1180 }], ['landscape', { width: 1180, height: 820 }]]) {
    for (const [name, open] of Object.entries(eventScreens)) {
      const { page, context } = await app.page({ viewport });
      if (name === 'idle-warning') await page.clock.install();
      await gotoStart(page, app.origin);
      await open(page);
      await page.screenshot({ path: `${out}/event-${name}-${size}.png`, fullPage: name !== 'idle-warning' });
      await context.close();
    }
  }
  // Keeping the plan: the result with the memory on and a result before it,
  // the start screen's "welcome back", and a plan opened from its link.
  const remembered = async (page) => {
    await page.locator('.choice').first().click();
    await walkCheck(page, { profile: everything, otherwise: 'first', answers: { 'two-step-email': 'off' } }, { started: true });
    await page.locator('.keep input').check();
    const plan = await page.evaluate((key) => localStorage.getItem(key).match(/ (p1\.[\w-]+)\n/)[1], KEYS.MEMORY);
    await page.evaluate(([key, plan]) => localStorage.setItem(key, `memory v1\ncheck resident 2026-08-01 40 ${plan}\nprevious resident 2026-05-01 20\nend\n`), [KEYS.MEMORY, plan]);
    await page.reload();
    await page.locator('.welcome').waitFor();
  };
  const keepScreens = {
    welcome: remembered,
    remembered: async (page) => {
      await remembered(page);
      await page.locator('.welcome .button-primary').click();
      await page.locator('.progress').waitFor();
    },
    'from-link': async (page) => {
      await screens['check-result'](page);
      const link = await page.locator('.qr').getAttribute('data-link');
      await page.goto('about:blank');
      await page.goto(link);
      await page.locator('.from-link').waitFor();
    },
  };
  for (const size of ['phone', 'tablet']) {
    for (const [name, open] of Object.entries(keepScreens)) {
      const { page, context } = await app.page({ viewport: sizes[size] });
      await gotoStart(page, app.origin);
      await open(page);
      await page.screenshot({ path: `${out}/keep-${name}-${size}.png`, fullPage: true });
      await context.close();
    }
  }
  console.log(`screenshots written to ${out}/`);
} finally {
  await app.close();
}
