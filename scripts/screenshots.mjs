// Screenshots of the screens at phone, tablet and desktop size, for people to
// look at: `make screenshots` writes them to target/screenshots/.
import { mkdir } from 'node:fs/promises';
import { openApp, gotoStart } from '../tests/e2e/support.mjs';

const sizes = { phone: { width: 390, height: 844 }, tablet: { width: 820, height: 1180 }, desktop: { width: 1280, height: 800 } };
const screens = {
  start: async () => {},
  'start-en': async (page) => page.getByRole('button', { name: 'English' }).click(),
  'help-now': async (page) => {
    await page.locator('.help-now-bar button').click();
    await page.locator('details.situation summary').first().click();
  },
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
  console.log(`screenshots written to ${out}/`);
} finally {
  await app.close();
}
