// The check for young people, the way a 15-year-old does it: by keyboard,
// in Dutch addressed with "je" on every screen of the check, with the same
// engine and the same promises as the other checks; and back on the start
// screen the app says "u" again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, foreignRequests, switchLanguage } from './support.mjs';
import { walkCheck } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

/** Daan, 15: games and social apps, and he would pay a sextortion demand. */
const DAAN = {
  profile: { phone: ['phone'], games: ['games'], social: ['social-apps'], selling: ['no-selling'], bank: ['bank-card'] },
  otherwise: 'first',
  answers: { sextortion: 'pay' },
};

test('a young person does the youth check by keyboard: "je" on its screens, the sextortion advice in the top three, "u" again on the start screen; nothing leaves the device', async () => {
  const { page, errors, requests } = await app.page({ viewport: { width: 390, height: 844 } });
  await gotoStart(page, app.origin);
  await walkCheck(page, DAAN, { keyboard: true, choice: /Voor jongeren/ });
  await page.locator('.summary').waitFor();
  assert.equal((await page.locator('h1').textContent()).trim(), 'Jouw resultaat');
  assert.match(await page.locator('.help-now-bar').textContent(), /Word je nu opgelicht of gehackt\?/);
  const main = await page.locator('main').textContent();
  assert.doesNotMatch(main, /\b(Uw|uw)\b/, 'no "u" on the youth result');
  const top = (await page.locator('.plan .action-title').allTextContents()).map((t) => t.trim());
  assert.ok(top.length > 0 && top.length <= 3);
  // Answers that would hand over money or a card come first (he would
  // also lend his card: the walk gives unmentioned scenes their first answer).
  assert.ok(top.includes('Betaal nooit als iemand dreigt met een naaktfoto'), top.join(' | '));
  assert.match(main, /Helpwanted/);

  // Back to the start: the app speaks to everyone with "u" again.
  await page.locator('.help-now-bar button').click();
  await page.getByRole('heading', { level: 1, name: 'Het gebeurt nu' }).waitFor();
  assert.match(await page.locator('main').textContent(), /Het is niet jouw schuld/, '"it is happening now" from the youth check');
  await page.getByRole('button', { name: 'Terug naar het begin' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hoe veilig bent u online?' }).waitFor();
  assert.match(await page.locator('.help-now-bar').textContent(), /Wordt u nu opgelicht/);

  assert.deepEqual(foreignRequests(requests, app.origin), []);
  assert.deepEqual(errors, []);
});

test('the youth check in English reaches its result with the same advice', async () => {
  const { page, errors } = await app.page({ viewport: { width: 390, height: 844 } });
  await gotoStart(page, app.origin);
  await switchLanguage(page, 'English');
  await walkCheck(page, DAAN, { choice: /For young people/ });
  await page.locator('.summary').waitFor();
  assert.equal((await page.locator('h1').textContent()).trim(), 'Your result');
  assert.ok((await page.locator('.plan .action-title').count()) > 0);
  assert.deepEqual(errors, []);
});
