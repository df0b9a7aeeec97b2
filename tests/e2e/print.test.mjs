// Paper: the plan printed on A4 and the action card on A5, as Chromium's own
// print to PDF makes them, read back with poppler's pdftotext and pdfinfo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, gotoStart, printed } from './support.mjs';
import { walkCheck, residentScenariosRight } from './walk.mjs';

let app;
let dir;
before(async () => {
  app = await openApp();
  dir = await mkdtemp(join(tmpdir(), 'veilig-check-print-'));
});
after(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

test('the plan prints on A4 with its actions, steps, help, the date and a QR code that reads back, without buttons or navigation; the card on A5', async () => {
  const { page, errors } = await app.page({ viewport: { width: 820, height: 1180 } });
  // The print dialog itself is the browser's: here it does nothing.
  await page.addInitScript(() => (window.print = () => {}));
  await gotoStart(page, app.origin);
  await walkCheck(page, {
    profile: { banking: ['online-banking'], whatsapp: ['whatsapp'] },
    otherwise: 'first',
    answers: { ...residentScenariosRight, 'two-step-email': 'off', 'bank-safe-account': 'transfer' },
  });
  await page.locator('.summary').waitFor();
  const titles = (await page.locator('.plan .action-title').allTextContents()).map((t) => t.trim());
  const firstStep = (await page.locator('.plan .action-card').first().locator('.steps li').first().textContent()).trim();

  await page.getByRole('button', { name: 'Print het plan of bewaar het als PDF' }).click();
  const plan = await printed(page, dir, 'plan');
  assert.deepEqual([plan.width, plan.height], [595, 842], 'A4');
  for (const title of titles) assert.ok(plan.has(title), `the plan has "${title}"`);
  assert.ok(plan.has(firstStep), 'with its steps');
  assert.match(plan.text, /088-786 73 72/, 'with the real phone numbers');
  assert.match(plan.text, /Uw score per onderwerp|per onderwerp/, 'with the themes');
  assert.match(plan.text, /Gemaakt op \d{1,2} [a-z]+ \d{4} met de Digitaal Veilig Check/, 'with the date');
  // The take-home QR code is on paper too, and reads back from the page.
  const link = await page.locator('.qr').getAttribute('data-link');
  const last = join(dir, 'plan-last');
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', String(plan.pages), '-l', String(plan.pages), '-singlefile', join(dir, 'plan.pdf'), last]);
  const png = PNG.sync.read(await readFile(`${last}.png`));
  assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, link, 'the printed QR code holds the plan link');
  for (const absent of ['Grotere tekst', 'Het gebeurt nu', 'Antwoorden aanpassen', 'Print een actiekaart', 'Deze website gebruikt geen cookies', 'Onthoud mijn plan']) {
    assert.ok(!plan.text.includes(absent), `no "${absent}" on paper`);
  }

  await page.getByRole('button', { name: 'Print een actiekaart (A5)' }).click();
  const card = await printed(page, dir, 'card');
  assert.deepEqual([card.width, card.height], [420, 595], 'A5');
  assert.equal(card.pages, 1, 'the card is one page');
  for (const title of titles) assert.ok(card.has(title), `the card has "${title}"`);
  assert.ok(card.has(firstStep), 'with the first step');
  assert.ok(!card.text.includes('per onderwerp'), 'no themes on the card');
  assert.deepEqual(errors, []);
});
