// The business (MKB) check done with the keyboard alone, in Dutch, by the
// owner of a shop with a PIN terminal and no backups (the same persona as in
// tests/business_personas.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, foreignRequests } from './support.mjs';
import { walkCheck, topActions } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const shop = {
  profile: {
    sector: ['sector-shop'],
    staff: ['staff-2-9'],
    online: ['no-online-sales'],
    pin: ['pin-terminal'],
    'customer-data': ['data-none'],
    it: ['it-self'],
  },
  otherwise: 'first',
  answers: {
    'backup-auto': 'no',
    'backup-offline': 'no',
    'restore-tested': 'no',
    'new-iban-invoice': 'call-known',
    'director-email': 'verify-call',
    'invoice-zip': 'dont-open',
    'bank-remote-access': 'hang-up',
    'terminal-supplier': 'call-back',
  },
};

test('a whole business check with the keyboard alone, in Dutch, puts the backups first', async () => {
  const { page, requests, errors } = await app.page({ viewport: { width: 820, height: 1180 } });
  await gotoStart(page, app.origin);
  const seen = await walkCheck(page, shop, { keyboard: true, choice: /Voor mijn bedrijf/ });
  assert.equal(seen.profile, 6);
  assert.equal(seen.scenarios, 5);

  await page.locator('.summary').waitFor();
  assert.deepEqual(await topActions(page), [
    'Maak elke dag automatisch een reservekopie',
    'Bewaar één kopie buiten bereik van gijzelsoftware',
    'Test of u de reservekopie kunt terugzetten',
  ]);
  // No customer data: no privacy theme on the result page.
  const themes = await page.locator('.theme-score .theme-name').allTextContents();
  assert.ok(!themes.includes('Klantgegevens en datalekken'), themes.join(', '));
  assert.ok(themes.includes('Toegang van personeel'), themes.join(', '));
  assert.deepEqual(foreignRequests(requests, app.origin), []);
  assert.deepEqual(errors, []);
});

test('a sole trader is asked nothing about staff', async () => {
  const { page } = await app.page();
  await gotoStart(page, app.origin);
  // The walk looks up an answer for every question and scenario it meets:
  // this records which ones it met.
  const questions = [];
  const answers = new Proxy({}, { get: (_, name) => void questions.push(name) });
  const alone = { profile: { staff: ['staff-alone'], 'customer-data': ['data-none'] }, otherwise: 'first', answers };
  await walkCheck(page, alone, { choice: /Voor mijn bedrijf/ });
  for (const id of ['personal-accounts', 'leavers', 'four-eyes', 'director-email']) {
    assert.ok(!questions.includes(id), `${id} was asked`);
  }
  assert.ok(questions.includes('backup-auto'));
});
