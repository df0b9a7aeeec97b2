// The resident check done the way people do it: once with the keyboard
// alone in Dutch, once with the mouse in English. Each ends on the result
// page and checks the three actions it opens with; these are the same
// personas as in tests/personas.rs, so the browser shows what the pure
// scoring decides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, foreignRequests, switchLanguage } from './support.mjs';
import { walkCheck, topActions, residentScenariosRight } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

// Riet, 75: online banking and WhatsApp, no two-step verification, would
// move her money to the "safe account" of a caller from "the bank".
const riet = {
  profile: {
    devices: ['smartphone', 'tablet'],
    banking: ['online-banking'],
    whatsapp: ['whatsapp'],
    trade: ['no-online-trade'],
    social: ['no-social-media'],
    children: ['no-children'],
  },
  otherwise: 'first',
  answers: {
    ...residentScenariosRight,
    'two-step-email': 'off',
    'two-step-other': 'none',
    'whatsapp-two-step': 'off',
    'bank-safe-account': 'transfer',
    'whatsapp-new-number': 'voice-message',
  },
};

// Ahmed, 52: answers "don't know" to every question, sees through every scenario.
const ahmed = {
  profile: {
    devices: ['smartphone', 'computer'],
    banking: ['online-banking'],
    whatsapp: ['whatsapp'],
    trade: ['buys-online'],
    social: ['social-media'],
    children: ['no-children'],
  },
  answers: residentScenariosRight,
};

test('a whole check with the keyboard alone, in Dutch, ends with the bank-fraud and WhatsApp advice on top', async () => {
  const { page, requests, errors } = await app.page({ viewport: { width: 820, height: 1180 } });
  await gotoStart(page, app.origin);
  const seen = await walkCheck(page, riet, { keyboard: true });
  assert.equal(seen.profile, 6);
  assert.ok(seen.scenarios >= 7, `only ${seen.scenarios} scenarios`);

  await page.locator('.summary').waitFor();
  assert.match(await page.locator('h1').textContent(), /Uw resultaat/);
  assert.deepEqual(await topActions(page), [
    'Herken nepmedewerkers van de bank',
    'Zet tweestapsverificatie aan op uw e-mail',
    'Bel eerst als een bekende via een nieuw nummer om geld vraagt',
  ]);
  // The light is said in words, not only in colour.
  assert.match(await page.locator('.summary').textContent(), /rood/i);
  // Every action says where to get help, and its source and date.
  const cards = page.locator('.plan .action-card');
  for (let i = 0; i < (await cards.count()); i++) {
    assert.match(await cards.nth(i).locator('.source').textContent(), /Bron: .+ \d{1,2} [a-z]+ 20\d\d/);
    assert.ok((await cards.nth(i).locator('.help-list a[href^="https://"]').count()) >= 1);
  }
  assert.deepEqual(foreignRequests(requests, app.origin), []);
  assert.deepEqual(errors, []);
});

test('a whole check with the mouse, in English: "don\'t know" leads to learning first, with an orange light', async () => {
  const { page, requests, errors } = await app.page({ viewport: { width: 1280, height: 800 } });
  await gotoStart(page, app.origin);
  await switchLanguage(page, 'English');
  await walkCheck(page, ahmed, { keyboard: false });

  await page.locator('.summary').waitFor();
  assert.deepEqual(await topActions(page), [
    'Learn what two-step verification is',
    'Learn what updates do',
    'Turn on two-step verification in WhatsApp',
  ]);
  // Not knowing is not a known gap: orange, not red.
  assert.match(await page.locator('.summary').textContent(), /orange/i);
  // The themes follow, each with its score.
  const themes = await page.locator('.theme-score .theme-name').allTextContents();
  assert.ok(themes.includes('An extra code to log in (two-step verification)'), themes.join(', '));
  assert.deepEqual(foreignRequests(requests, app.origin), []);
  assert.deepEqual(errors, []);
});

test('switching language in the middle of the check keeps every answer', async () => {
  const { page, errors } = await app.page();
  await gotoStart(page, app.origin);
  await page.getByRole('button', { name: /Voor mezelf/ }).click();
  await page.locator('.button-start').click();
  // Profile: devices, then banking.
  await page.locator('label[for="devices-smartphone"]').click();
  await page.locator('label[for="devices-computer"]').click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('label[for="banking-online-banking"]').click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('input[name="whatsapp"]').first().waitFor();
  const dutchProgress = await page.locator('.caption-count').textContent();

  await switchLanguage(page, 'English');
  assert.equal(await page.locator('h1').textContent(), 'Do you use WhatsApp?');
  assert.equal(
    await page.locator('.caption-count').textContent(),
    dutchProgress.replace('Vraag', 'Question').replace('van', 'of'),
  );
  // Back: the earlier answers are still there, now in English.
  await page.getByRole('button', { name: 'Previous' }).click();
  assert.equal(await page.locator('h1').textContent(), 'How do you do your banking?');
  assert.ok(await page.locator('#banking-online-banking').isChecked());
  await page.getByRole('button', { name: 'Previous' }).click();
  assert.ok(await page.locator('#devices-smartphone').isChecked());
  assert.ok(await page.locator('#devices-computer').isChecked());
  assert.ok(!(await page.locator('#devices-tablet').isChecked()));
  assert.deepEqual(errors, []);
});

test('going on without an answer says what is missing and keeps the person on the question', async () => {
  const { page } = await app.page();
  await gotoStart(page, app.origin);
  await page.getByRole('button', { name: /Voor mezelf/ }).click();
  await page.locator('.button-start').click();
  await page.locator('label[for="devices-smartphone"]').click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const heading = await page.locator('h1').textContent();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('.error-message').waitFor();
  assert.equal(await page.locator('h1').textContent(), heading);
  assert.match(await page.locator('[role=alert]').textContent(), /kies|choose/i);
});
