// "Prepare your report", used the way a victim uses it: from "it is
// happening now", one question a screen by keyboard alone, every question
// skippable, an IBAN typo said as it is typed, then a summary that prints
// on A4 and saves as a text file made on the device. Nothing is stored and
// nothing is sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, gotoStart, foreignRequests, axeViolations, switchLanguage, printed } from './support.mjs';
import { tabTo, choose } from './walk.mjs';

let app;
let dir;
before(async () => {
  app = await openApp();
  dir = await mkdtemp(join(tmpdir(), 'veilig-check-report-'));
});
after(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

const PHONE = { width: 390, height: 844 };

/** What a victim of the "safe account" scam fills in. */
const FACTS = {
  date: '30 november 2026',
  time: 'rond 14.00 uur',
  number: '020 123 45 67',
  amount1: '€ 4.500',
  iban1: 'NL91 ABNA 0417 1643 00',
  amount2: '€ 1.200',
  // One digit wrong: the app says so, and keeps it as typed.
  iban2: 'NL91 ABNA 0417 1643 01',
  story: "Een man van 'de bank' belde. Hij wist mijn naam en mijn adres.",
};

async function heading(page) {
  return (await page.locator('h1').first().textContent()).trim();
}

/** Tab to the button with this text and press Enter. */
async function pressButton(page, name) {
  await tabTo(page, (n) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === n, 60, name);
  await page.keyboard.press('Enter');
}

/** Tab to the field with this id and type into it. */
async function typeInto(page, id, text) {
  await tabTo(page, (i) => document.activeElement?.id === i, 40, id);
  await page.keyboard.type(text);
}

/** "Volgende" (or the last step's button) by keyboard; waits for the next heading. */
async function next(page) {
  const before = await heading(page);
  await tabTo(page, () => document.activeElement?.getAttribute('type') === 'submit');
  await page.keyboard.press('Enter');
  await page.waitForFunction((prev) => document.querySelector('h1')?.textContent?.trim() !== prev, before);
}

test('a victim of the "safe account" scam prepares a report by keyboard alone: the printed PDF and the text file hold every fact and the places to report; nothing is stored or sent', async () => {
  const { page, context, requests, errors } = await app.page({ viewport: PHONE, locale: 'en-US', acceptDownloads: true });
  await page.addInitScript(() => (window.print = () => {}));
  await gotoStart(page, app.origin);

  await pressButton(page, 'Het gebeurt nu: wat moet ik doen?');
  await page.getByRole('heading', { level: 1, name: 'Het gebeurt nu' }).waitFor();
  await pressButton(page, 'Is het al gebeurd? Bereid uw aangifte of melding voor');
  await page.getByRole('heading', { level: 1, name: 'Uw aangifte of melding voorbereiden' }).waitFor();
  assert.match(await page.locator('main').textContent(), /niet bewaard en nergens heen gestuurd/);
  await pressButton(page, 'Begin');

  // 1. What happened: the situations of "it is happening now".
  await page.getByRole('heading', { level: 1, name: 'Wat is er gebeurd?' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'page-title'); // the question has the focus
  await choose(page, 'what', ['bank-call'], 'radio', true);
  await next(page);

  // 2. When: the date field (in this browser's order, month first) and the time as typed.
  assert.equal(await heading(page), 'Wanneer gebeurde het?');
  await typeInto(page, 'report-date', '11302026');
  await typeInto(page, 'report-time', FACTS.time);
  await next(page);

  // 3. How they made contact: the phone, with the number shown; the door.
  assert.equal(await heading(page), 'Hoe nam de oplichter contact met u op?');
  await tabTo(page, () => document.activeElement?.id === 'contact-phone');
  await page.keyboard.press('Space');
  await typeInto(page, 'contact-phone-detail', FACTS.number);
  await tabTo(page, () => document.activeElement?.id === 'contact-door');
  await page.keyboard.press('Space');
  await next(page);

  // 4. Payments: the IBAN is checked as it is typed; a typo is said, never blocks.
  assert.equal(await heading(page), 'Heeft u geld betaald of overgemaakt?');
  await typeInto(page, 'payment-1-amount', FACTS.amount1);
  await typeInto(page, 'payment-1-iban', FACTS.iban1);
  assert.equal((await page.locator('#payment-1-iban-note').textContent()).trim(), 'Dit rekeningnummer kan kloppen.');
  await pressButton(page, 'Nog een betaling toevoegen');
  await page.waitForFunction(() => document.activeElement?.id === 'payment-2-amount');
  await page.keyboard.type(FACTS.amount2);
  await typeInto(page, 'payment-2-iban', FACTS.iban2);
  assert.match(await page.locator('#payment-2-iban-note').textContent(), /Er zit waarschijnlijk een typefout in/);
  assert.equal(await page.locator('#payment-2-iban').inputValue(), FACTS.iban2, 'kept as typed');
  await next(page);

  // 5-7. What else was given, done since, and the evidence kept.
  assert.equal(await heading(page), 'Heeft u iets anders gegeven?');
  await choose(page, 'given', ['card', 'pin'], 'checkbox', true);
  await next(page);
  assert.equal(await heading(page), 'Wat heeft u al gedaan?');
  await choose(page, 'done', ['called-bank'], 'checkbox', true);
  await next(page);
  assert.equal(await heading(page), 'Welk bewijs heeft u nog?');
  await choose(page, 'evidence', ['call-log', 'statement'], 'checkbox', true);
  await next(page);

  // 8. In their own words; "Previous" and back keeps everything.
  assert.equal(await heading(page), 'Wilt u nog iets vertellen in uw eigen woorden?');
  await pressButton(page, 'Vorige');
  await page.getByRole('heading', { level: 1, name: 'Welk bewijs heeft u nog?' }).waitFor();
  assert.equal(await page.locator('#evidence-call-log').isChecked(), true, 'kept after going back');
  await next(page);
  await typeInto(page, 'report-story', FACTS.story);
  await next(page);

  // The summary, in the order the police ask.
  assert.equal(await heading(page), 'Samenvatting voor uw aangifte of melding');
  const shown = await page.locator('main').textContent();
  for (const fact of Object.values(FACTS)) assert.ok(shown.includes(fact), `the summary shows "${fact}"`);
  const headings = (await page.locator('.report-section h2').allTextContents()).map((t) => t.trim());
  assert.deepEqual(headings.slice(0, 6), ['Wat er gebeurde', 'Hoe de oplichter contact opnam', 'Wat u betaalde of gaf', 'Wat u daarna deed', 'Welk bewijs u heeft', 'In uw eigen woorden']);
  const places = (await page.locator('.report-place h3').allTextContents()).map((t) => t.trim());
  assert.deepEqual(places, ['Uw bank', 'Aangifte bij de politie', 'Melding bij de Fraudehelpdesk']);
  assert.deepEqual(await axeViolations(page), [], 'the summary');

  // Printed on A4, read back.
  await pressButton(page, 'Print de samenvatting');
  const pdf = await printed(page, dir, 'report');
  assert.deepEqual([pdf.width, pdf.height], [595, 842], 'A4');
  for (const fact of [...Object.values(FACTS), 'Iemand belt namens de bank', 'Mijn bankpas', 'Mijn pincode', 'Ik heb mijn bank gebeld', 'De lijst met gesprekken op mijn telefoon']) {
    assert.ok(pdf.has(fact), `the PDF has "${fact}"`);
  }
  for (const place of ['0900-8844', '088-786 73 72', 'Uw bank', 'typefout', 'Gemaakt op uw eigen apparaat']) {
    assert.ok(pdf.has(place), `the PDF has "${place}"`);
  }
  assert.ok(!pdf.has('Print de samenvatting'), 'no buttons on paper');

  // Saved as a text file, made on the device.
  const [download] = await Promise.all([page.waitForEvent('download'), pressButton(page, 'Sla op als tekstbestand')]);
  assert.equal(download.suggestedFilename(), 'aangifte-voorbereiding.txt');
  const file = await readFile(await download.path(), 'utf8');
  for (const fact of [...Object.values(FACTS), '0900-8844', 'Uw bank']) assert.ok(file.includes(fact), `the file has "${fact}"`);

  // Nothing left the device, nothing was kept.
  assert.deepEqual(foreignRequests(requests, app.origin), []);
  for (const r of requests) {
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    for (const fact of ['NL91', '4.500', '4500', '1234567', 'bank-call']) assert.ok(!decodeURIComponent(r.url).includes(fact), `no fact in ${r.url}`);
  }
  const kept = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href + document.cookie);
  for (const fact of ['NL91', '4.500', 'naam en mijn adres']) assert.ok(!kept.includes(fact), `"${fact}" is nowhere kept`);
  assert.deepEqual(await context.cookies(), []);

  // "Delete everything" empties the form.
  await pressButton(page, 'Alles wissen');
  await page.getByRole('heading', { level: 1, name: 'Uw aangifte of melding voorbereiden' }).waitFor();
  await pressButton(page, 'Begin');
  await page.getByRole('heading', { level: 1, name: 'Wat is er gebeurd?' }).waitFor();
  assert.equal(await page.locator('input:checked').count(), 0);
  assert.deepEqual(errors, []);
});

test('every question can be skipped: an empty report still says where to report; the form and summary have no WCAG 2.2 AA violations in Dutch and English', async () => {
  for (const [language, begin, skip, title, places] of [
    ['Nederlands', 'Begin', 'Sla over', 'Samenvatting voor uw aangifte of melding', ['Aangifte bij de politie', 'Melding bij de Fraudehelpdesk']],
    ['English', 'Start', 'Skip', 'Summary for your report', ['Report to the police (aangifte)', 'Report to the Fraudehelpdesk (melding)']],
  ]) {
    const { page, errors } = await app.page({ viewport: PHONE });
    await gotoStart(page, app.origin);
    if (language !== 'Nederlands') await switchLanguage(page, language);
    await page.locator('.help-now-bar button, .help-now-bar a').first().click();
    await page.locator('.report-link button').click();
    await page.getByRole('button', { name: begin, exact: true }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `${language}: the introduction`);
    await page.getByRole('button', { name: begin, exact: true }).click();
    for (let step = 1; step <= 8; step++) {
      await page.locator('form.report-step').waitFor();
      // The payment step with a typo showing, the contact step with a field open.
      if (step === 3) await page.locator('label[for="contact-email"]').click();
      if (step === 4) await page.locator('#payment-1-iban').fill('NL91ABNA0417164301');
      assert.deepEqual(await axeViolations(page), [], `${language}: step ${step}`);
      const before = await heading(page);
      await page.getByRole('button', { name: skip, exact: true }).click();
      await page.waitForFunction((prev) => document.querySelector('h1')?.textContent?.trim() !== prev, before);
    }
    assert.equal(await heading(page), title);
    const shown = (await page.locator('.report-place h3').allTextContents()).map((t) => t.trim());
    for (const p of places) assert.ok(shown.includes(p), `${language}: ${p}`);
    assert.deepEqual(await axeViolations(page), [], `${language}: the summary`);
    assert.deepEqual(errors, []);
  }
});

test('the result page leads to the report helper, and a copy of an ID leads to the identity fraud reporting point', async () => {
  const { page } = await app.page({ viewport: PHONE });
  await gotoStart(page, app.origin);
  await page.locator('.help-now-bar button, .help-now-bar a').first().click();
  await page.locator('.report-link button').click();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  for (let step = 1; step <= 8; step++) {
    if (step === 5) await page.locator('label[for="given-id-copy"]').click();
    const before = await heading(page);
    await page.getByRole('button', { name: 'Sla over', exact: true }).click();
    await page.waitForFunction((prev) => document.querySelector('h1')?.textContent?.trim() !== prev, before);
  }
  const shown = (await page.locator('.report-place h3').allTextContents()).map((t) => t.trim());
  assert.ok(shown.includes('Misbruik van uw identiteit'), shown.join(', '));
  assert.match(await page.locator('main').textContent(), /088-900 10 00/);
});
