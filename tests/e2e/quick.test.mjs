// The quick check, used as a person would: by keyboard alone in both
// languages to its result, which says what it did not ask and offers the
// full check; going on asks nothing twice; and the take-home QR code, read
// from the screen, opens the full check on a second device with the
// earlier answers kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, axeViolations, switchLanguage, scanQr } from './support.mjs';
import { walkCheck, residentScenariosRight, RIET } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

for (const [language, choice, title, goOn] of [
  ['Nederlands', /Voor mezelf/, 'Dit was de snelle check', 'Ga verder met de volledige check'],
  ['English', /For myself/, 'This was the quick check', 'Go on with the full check'],
]) {
  test(`a whole quick check by keyboard alone, in ${language}: at most 10 questions, then what it left out and the full check`, async () => {
    const { page, context, errors } = await app.page({ viewport: { width: 390, height: 844 } });
    await gotoStart(page, app.origin);
    if (language === 'English') await switchLanguage(page, 'English');
    await page.keyboard.press('Tab'); // into the page from the address bar
    const seen = await walkCheck(page, RIET, { keyboard: true, quick: true, choice });
    assert.ok(seen.questions + seen.scenarios <= 10, `${seen.questions} questions and ${seen.scenarios} scenes`);
    assert.ok(seen.scenarios >= 1, 'the scenes that matter most are in it');
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    assert.match(await page.locator('.quick-note').textContent(), /\d+/);
    assert.deepEqual(await axeViolations(page), [], 'the result of the quick check');
    // On with the full check, by keyboard: nothing of the quick check again.
    const asked = seen.questions + seen.scenarios;
    await page.getByRole('button', { name: goOn }).focus();
    await page.keyboard.press('Enter');
    await page.locator('form.step').waitFor();
    const more = await walkCheck(page, RIET, { keyboard: true, started: 'step' });
    await page.locator('.summary').waitFor();
    assert.equal(await page.locator('.quick-note').count(), 0, 'the full result has no quick note');
    assert.ok(more.questions + more.scenarios > 0 && asked + more.questions + more.scenarios <= 45);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('at a stand the quick check comes first; at home the full check', async () => {
  const { page, context } = await app.page();
  await gotoStart(page, app.origin);
  await page.getByRole('button', { name: /Voor mezelf/ }).click();
  await page.locator('.button-start').waitFor();
  const order = await page.locator('.start-routes button').evaluateAll((b) => b.map((e) => e.className));
  assert.match(order[0], /button-primary button-start/);
  assert.match(order[1], /button-secondary button-quick/);
  assert.deepEqual(await axeViolations(page), [], 'the choice of check');
  // Event mode on: the quick check first.
  await page.getByRole('button', { name: 'Terug naar het begin' }).click();
  await page.getByRole('button', { name: 'Voor ambassadeurs: evenement-modus' }).click();
  await page.getByLabel('Kies een pincode').fill('2468');
  await page.getByLabel('Typ de pincode nog een keer').fill('2468');
  await page.getByRole('button', { name: 'Zet evenement-modus aan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  await page.getByRole('button', { name: /Voor mezelf/ }).click();
  await page.locator('.button-quick').waitFor();
  const atStand = await page.locator('.start-routes button').evaluateAll((b) => b.map((e) => e.className));
  assert.match(atStand[0], /button-primary button-quick/);
  assert.match(atStand[1], /button-secondary button-start/);
  await context.close();
});

test('the QR code of a quick result opens the full check on another phone, the earlier answers kept', async () => {
  const stand = await app.page({ viewport: { width: 820, height: 1180 } });
  await gotoStart(stand.page, app.origin);
  await walkCheck(stand.page, RIET, { quick: true });
  await stand.page.locator('.quick-note').waitFor();
  const link = await scanQr(stand.page);
  assert.match(link, /#p2\./);

  const phone = await app.page({ viewport: { width: 390, height: 844 } });
  await phone.page.goto(link);
  await phone.page.locator('.quick-note').waitFor();
  await phone.page.getByRole('button', { name: 'Ga verder met de volledige check' }).click();
  await phone.page.locator('form.step').waitFor();
  assert.equal(await phone.page.evaluate(() => location.hash), '', 'the link leaves the address: this is the person\'s own check now');
  // The first step is one the quick check did not ask; the answers given
  // on the stand's tablet are there when the person goes back.
  const first = await phone.page.locator('h1').first().textContent();
  const seen = await walkCheck(phone.page, RIET, { started: 'step' });
  assert.ok(seen.questions + seen.scenarios > 0, `went on at "${first}"`);
  await phone.page.locator('.summary').waitFor();
  const answered = await phone.page.getByRole('button', { name: 'Antwoorden aanpassen' });
  await answered.click();
  // From the last question back to the first of the quick check's: each
  // still has its answer.
  let checked = 0;
  for (let i = 0; i < 60; i++) {
    const step = phone.page.locator('form.step');
    if (!(await step.count())) break;
    checked += (await phone.page.locator('form.step input:checked').count()) > 0 ? 1 : 0;
    const back = phone.page.getByRole('button', { name: 'Vorige' });
    const before = await phone.page.locator('h1').first().textContent();
    await back.click();
    await phone.page.waitForFunction((prev) => document.querySelector('h1')?.textContent !== prev, before);
  }
  assert.ok(checked >= seen.questions + seen.scenarios + 5, `${checked} steps answered, quick answers included`);
  await stand.context.close();
  await phone.context.close();
});

test('a quick check with no step to take does not say "well done": it did not ask everything', async () => {
  const { page, context } = await app.page();
  await gotoStart(page, app.origin);
  await walkCheck(page, { profile: {}, otherwise: 'first', answers: residentScenariosRight }, { quick: true });
  await page.locator('.summary').waitFor();
  await page.getByText('Maar de snelle check vroeg niet alles. Doe ook de volledige check.').waitFor();
  assert.equal(await page.getByText('Goed gedaan!').count(), 0);
  await page.getByRole('button', { name: 'Ga verder met de volledige check' }).waitFor();
  await context.close();
});
