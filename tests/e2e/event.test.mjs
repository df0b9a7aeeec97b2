// Event mode, used the way an ambassador and visitors use it: switch it on
// with a PIN, let visitors do the check one after another, and check that the
// next visitor finds nothing of the one before, that the idle warning works,
// that only the PIN leaves the mode, and that the tally counts and hides
// small numbers. Time is Playwright's clock, moved forward by the test: the
// app has no test-only setting, and nobody waits for real minutes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, gotoStart, axeViolations, switchLanguage, KEYS } from './support.mjs';
import { walkCheck } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const PIN = '2468';
const TABLET = { width: 820, height: 1180 };

/** The idle time event mode starts with, and the countdown after it (ms). */
const IDLE_MS = 90_000;
const COUNTDOWN_MS = 20_000;

/** A tablet page with event mode switched on; with `clock`, the page's time
 *  is Playwright's clock, for the test to move forward. */
async function eventTablet({ clock = false, viewport = TABLET, a11y = false } = {}) {
  const { page, context, errors } = await app.page({ viewport });
  if (clock) await page.clock.install();
  await gotoStart(page, app.origin);
  await page.getByRole('button', { name: 'Voor ambassadeurs: evenement-modus' }).click();
  await page.getByRole('heading', { level: 1, name: 'Evenement-modus' }).waitFor();
  if (a11y) assert.deepEqual(await axeViolations(page), [], 'the settings screen');
  await page.getByLabel('Kies een pincode').fill(PIN);
  await page.getByLabel('Typ de pincode nog een keer').fill(PIN);
  await page.getByRole('button', { name: 'Zet evenement-modus aan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  if (a11y) assert.deepEqual(await axeViolations(page), [], 'the welcome screen');
  return { page, context, errors };
}

/** Everything the browser keeps for this origin, as text. */
async function everythingKept(page) {
  return page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: sessionStorage.length,
    cookie: document.cookie,
    address: location.hash + location.search,
    history: history.length,
  }));
}

test('visitor two finds no trace of visitor one: not on screen, not in storage, not in history, not in the form', async () => {
  const { page, errors } = await eventTablet({ a11y: true });
  const kept = await everythingKept(page);

  // Visitor one: English, larger text, a whole check with telling answers.
  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: 'Larger text' }).click();
  await walkCheck(
    page,
    {
      profile: { banking: ['online-banking'], whatsapp: ['whatsapp'] },
      answers: { 'two-step-email': 'off', 'bank-safe-account': 'transfer' },
    },
    { choice: /For myself/ },
  );
  await page.locator('.summary').waitFor();
  const seen = (await page.locator('.plan .action-title').allTextContents()).map((t) => t.trim());
  assert.ok(seen.length > 0);
  // At a stand, help is told, not linked: no way out of the app.
  assert.equal(await page.locator('main a[href^="http"]').count(), 0);
  // The plan goes home in the QR code, to the visitor's own phone; the
  // tablet offers nothing that would keep it.
  const visitorLink = await page.locator('.qr').getAttribute('data-link');
  assert.match(visitorLink, /#p2\./);
  assert.equal(await page.locator('.keep').count(), 0, 'no "remember on this device" at a stand');
  assert.equal(await page.locator('.done:visible').count(), 0, 'nothing to tick off');
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('button', { name: 'Done: next visitor' }).click();

  // Visitor two: the welcome screen in Dutch at normal size, focus on its heading.
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await page.locator('html').getAttribute('class'), '');
  assert.equal(await page.getByRole('button', { name: 'Grotere tekst' }).getAttribute('aria-pressed'), 'false');
  const text = await page.locator('body').textContent();
  for (const title of seen) assert.ok(!text.includes(title), `"${title}" is gone`);
  // Nothing kept but event mode's own settings and the counts.
  const after = await everythingKept(page);
  assert.deepEqual(Object.keys(after.local).sort(), [KEYS.EVENT_SETTINGS, KEYS.TALLY].sort());
  // The tally holds counts per day, kind, theme or top action (and of
  // presentations, none here): no answer.
  const tally = JSON.parse(after.local[KEYS.TALLY]);
  assert.deepEqual([tally.record, tally.version, Object.keys(tally.data)], ['tally', 3, ['days', 'presentations', 'hands']]);
  assert.deepEqual([tally.data.presentations, tally.data.hands], [[], []]);
  for (const day of tally.data.days) {
    assert.deepEqual(Object.keys(day), ['day', 'kind', 'started', 'completed', 'lights', 'top']);
    assert.match(day.day, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(day.kind, 'resident');
    assert.ok(Number.isInteger(day.started) && Number.isInteger(day.completed));
    for (const [theme, lights] of day.lights) {
      assert.match(theme, /^[a-z0-9-]+$/);
      assert.equal(lights.length, 3);
      assert.ok(lights.every(Number.isInteger));
    }
    for (const [action, n] of day.top) {
      assert.match(action, /^[a-z0-9-]+$/);
      assert.ok(Number.isInteger(n));
    }
  }
  assert.doesNotMatch(after.local[KEYS.TALLY], /online-banking|two-step-email|bank-safe-account|transfer/);
  assert.deepEqual([after.session, after.cookie, after.address, after.history], [0, '', '', kept.history]);
  // The back button stays on the welcome screen.
  await page.goBack().catch(() => {});
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  assert.equal(await page.locator('.summary').count(), 0);
  // Visitor one's plan link typed into the tablet's address does not show
  // the plan: a stand's tablet never opens a plan from its address.
  await page.goto(visitorLink);
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  assert.equal(await page.locator('.summary').count(), 0);
  // The check starts empty: no answer is ticked.
  await page.getByRole('button', { name: /Voor mezelf/ }).click();
  await page.locator('.button-start').click();
  await page.locator('.step-profile').waitFor();
  assert.equal(await page.locator('input:checked').count(), 0);
  assert.deepEqual(errors, []);
});

test('the idle warning counts down and can be dismissed; ignored, it wipes the visitor', async () => {
  const { page } = await eventTablet({ clock: true });
  await page.getByRole('button', { name: /Voor mezelf/ }).click();
  await page.locator('.button-start').click();
  await page.locator('label[for="devices-smartphone"]').click();

  const dialog = page.getByRole('dialog', { name: 'Bent u er nog?' });
  await page.clock.fastForward(IDLE_MS - 5_000);
  assert.equal(await dialog.isVisible(), false, 'no warning before the idle time');
  await page.clock.fastForward(5_000);
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /wissen we uw antwoorden over \d+ seconden/);
  // The only way on is the large button, which has the focus.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Ja, ik ga verder');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Ja, ik ga verder' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#devices-smartphone').isChecked(), true, 'the answers are still there');

  // Ignored: after the countdown the welcome screen returns, empty.
  await page.clock.fastForward(IDLE_MS);
  await dialog.waitFor();
  await page.clock.fastForward(COUNTDOWN_MS);
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: /Voor mezelf/ }).click();
  await page.locator('.button-start').click();
  assert.equal(await page.locator('input:checked').count(), 0);
});

test('only the PIN leaves event mode: a wrong PIN does not, a reload and the back button stay in it', async () => {
  const { page } = await eventTablet();
  await page.getByRole('button', { name: 'Voor de ambassadeur' }).click();
  await page.getByRole('heading', { level: 1, name: 'Voor de ambassadeur' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByLabel('Pincode').fill('1111');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByText('Deze pincode klopt niet.').waitFor();
  assert.equal(await page.getByLabel('Pincode').inputValue(), '', 'a wrong PIN is not left in the field');
  assert.equal(await page.getByLabel('Pincode').getAttribute('type'), 'password');

  const entries = await page.evaluate(() => history.length);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  assert.equal(await page.evaluate(() => history.length), entries, 'a reload adds no history entry');
  await page.goBack().catch(() => {});
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();

  await page.getByRole('button', { name: 'Voor de ambassadeur' }).click();
  await page.getByLabel('Pincode').fill(PIN);
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Telling van dit evenement' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Zet evenement-modus uit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hoe veilig bent u online?' }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEYS.EVENT_SETTINGS), null);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Hoe veilig bent u online?' }).waitFor();
});

test('the tally counts checks, hides results until 5 checks, and downloads as CSV on the device', async () => {
  const { page } = await eventTablet();
  const openTally = async () => {
    await page.getByRole('button', { name: 'Voor de ambassadeur' }).click();
    await page.getByLabel('Pincode').fill(PIN);
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Telling van dit evenement' }).waitFor();
  };
  const visitor = async () => {
    await walkCheck(page, { profile: {} });
    await page.locator('.summary').waitFor();
    await page.getByRole('button', { name: 'Klaar: volgende bezoeker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  };

  await visitor();
  // One visitor started a business check and left it.
  await page.getByRole('button', { name: /Voor mijn bedrijf/ }).click();
  await page.locator('.button-start').waitFor();
  await openTally();
  const today = page.locator('section[aria-labelledby="tally-today"]');
  const kinds = today.locator('.tally-kind');
  assert.match(await kinds.filter({ hasText: 'uzelf' }).textContent(), /Begonnen\s*1\s*Afgerond\s*1/);
  assert.match(await kinds.filter({ hasText: 'bedrijf' }).textContent(), /Begonnen\s*1\s*Afgerond\s*0/);
  assert.match(await today.textContent(), /Nog minder dan 5 afgeronde checks/);
  assert.equal(await today.locator('.tally-segment').count(), 0, 'no result is shown for one visitor');
  await page.getByRole('button', { name: 'Terug naar de bezoekers' }).click();

  for (let i = 0; i < 4; i++) await visitor();
  await openTally();
  assert.match(await today.textContent(), /Afgerond\s*5/);
  assert.ok((await today.locator('.tally-segment').count()) > 0, 'the results show from 5 checks on');
  assert.match(await today.locator('.tally-segment').first().textContent(), /^\d+ (rood|oranje|groen)$/);
  assert.deepEqual(await axeViolations(page), []);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download de telling (CSV)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^veilig-check-telling-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  assert.equal(lines[0], 'day,kind,measure,key,count');
  assert.ok(lines.some((l) => /^\d{4}-\d{2}-\d{2},resident,completed,,5$/.test(l)), csv);
  assert.ok(lines.some((l) => /,resident,(red|orange|green),[a-z-]+,5$/.test(l)), csv);

  // Clearing takes a second tap: one slip loses nothing.
  await page.getByRole('button', { name: 'Telling wissen' }).click();
  assert.match(await today.textContent(), /Afgerond\s*5/);
  await page.getByRole('button', { name: 'Tik nog een keer om alles te wissen' }).click();
  await page.getByText('Nog geen checks gedaan.').first().waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEYS.TALLY), null);
});

test('event mode in English: settings, welcome, idle warning, PIN and tally screens have no WCAG 2.2 AA violations', async () => {
  const { page } = await app.page({ viewport: TABLET });
  await page.clock.install();
  await gotoStart(page, app.origin);
  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: 'For ambassadors: event mode' }).click();
  await page.getByRole('heading', { level: 1, name: 'Event mode' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'settings');
  await page.getByLabel('Choose a PIN').fill(PIN);
  await page.getByLabel('Type the PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Switch event mode on' }).click();
  // A new visitor starts in Dutch; this one chooses English.
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { level: 1, name: 'Do the check!' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'welcome');
  const dialog = page.getByRole('dialog', { name: 'Are you still there?' });
  await page.clock.fastForward(IDLE_MS);
  await dialog.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'idle warning');
  await page.getByRole('button', { name: 'Yes, I want to go on' }).click();
  await page.getByRole('button', { name: 'For the ambassador' }).click();
  await page.getByRole('heading', { level: 1, name: 'For the ambassador' }).waitFor();
  await page.getByLabel('PIN', { exact: true }).fill('0000');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByText('This PIN is not right.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'PIN with its error');
  await page.getByLabel('PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tally of this event' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'tally');
});

test('at a stand the report helper says a report is best prepared at home and offers the empty list; the next visitor finds nothing of a report begun', async () => {
  const { page, errors } = await eventTablet({ clock: true });
  await page.getByRole('button', { name: 'Het gebeurt nu: wat moet ik doen?' }).click();
  await page.locator('.report-link button').click();
  await page.getByRole('heading', { level: 1, name: 'Uw aangifte of melding voorbereiden' }).waitFor();
  assert.match(await page.locator('main').textContent(), /best thuis voor/);
  // The empty list comes first; it holds every question and the places to report.
  await page.getByRole('button', { name: 'Print de lege lijst' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lijst om uw aangifte of melding voor te bereiden' }).waitFor();
  const list = await page.locator('main').textContent();
  for (const text of ['Iemand belt namens de bank', 'Naar rekeningnummer (IBAN)', 'Welk bewijs heeft u nog?', '0900-8844', '088-786 73 72']) {
    assert.ok(list.includes(text), `the empty list has "${text}"`);
  }
  assert.equal(await page.locator('main a[href^="http"]').count(), 0, 'no way out of the app at a stand');
  assert.deepEqual(await axeViolations(page), [], 'the empty list');

  // A visitor begins anyway, then walks away: the wipe takes the report too.
  await page.getByRole('button', { name: 'Vorige' }).click();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await page.locator('label[for="what-bank-call"]').click();
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await page.locator('#payment-1-iban').fill('NL91 ABNA 0417 1643 00');
  await page.clock.fastForward(IDLE_MS);
  await page.getByRole('dialog', { name: 'Bent u er nog?' }).waitFor();
  await page.clock.fastForward(COUNTDOWN_MS);
  await page.getByRole('heading', { level: 1, name: 'Doe de check!' }).waitFor();
  await page.getByRole('button', { name: 'Het gebeurt nu: wat moet ik doen?' }).click();
  await page.locator('.report-link button').click();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  assert.equal(await page.locator('input:checked').count(), 0, 'no answer of the visitor before');
  await page.getByRole('button', { name: 'Sla over', exact: true }).click();
  await page.getByRole('button', { name: 'Sla over', exact: true }).click();
  await page.getByRole('button', { name: 'Sla over', exact: true }).click();
  assert.equal(await page.locator('#payment-1-iban').inputValue(), '');
  assert.deepEqual(errors, []);
});

test('behind the PIN, presentation mode counts presentations per audience and the hands for the safe answer, hidden below 5', async () => {
  const { page, errors } = await eventTablet({ viewport: { width: 1280, height: 800 } });
  // Not offered to visitors at a stand.
  assert.equal(await page.getByRole('button', { name: 'Voor ambassadeurs: presentatie-modus' }).isVisible(), false);
  await page.getByRole('button', { name: 'Voor de ambassadeur', exact: true }).click();
  await page.getByLabel('Pincode').fill(PIN);
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Telling van dit evenement' }).waitFor();
  assert.match(await page.locator('section[aria-labelledby=tally-presentations]').textContent(), /Nog geen presentaties/);

  const present = async (hands) => {
    await page.getByRole('button', { name: 'Start de presentatie-modus' }).click();
    await page.getByRole('button', { name: 'Start de presentatie: Ouderen' }).click();
    await page.locator('.present').waitFor();
    // Hands only on the first scenario: `hands` per answer.
    for (const [i, n] of hands.entries()) await page.locator(`#hands-${i}`).fill(String(n));
    for (let i = 0; i < 20 && (await page.locator('.present-remember').count()) === 0; i++) {
      await page.locator('.present-nav .button-primary').click();
    }
    await page.getByRole('button', { name: 'Stop de presentatie' }).click();
    await page.getByRole('button', { name: 'Voor de ambassadeur', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Telling van dit evenement' }).waitFor();
  };
  // The first scenario for older people is "a new number": its safe
  // answer is the third.
  await present([1, 0, 2]);
  let counts = await page.locator('section[aria-labelledby=tally-presentations]').textContent();
  assert.match(counts, /Ouderen: 1 keer/);
  assert.match(counts, /nog minder dan 5 handen geteld/, '3 hands: hidden');
  await present([1, 1, 4]);
  counts = await page.locator('section[aria-labelledby=tally-presentations]').textContent();
  assert.match(counts, /Ouderen: 2 keer/);
  assert.match(counts, /6 van de 9 handen bij het veilige antwoord/);
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEYS.TALLY);
  assert.match(stored, /"version":3/);
  assert.match(stored, /"presentations":\[\["older",2\]\]/);
  assert.deepEqual(errors, []);
});
