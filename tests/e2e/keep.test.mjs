// Keeping the plan, privately: the take-home QR code (read back from the
// screen with a QR decoder, as a phone would), opening its link on another
// device read-only, "keep it on this device", the opt-in memory with
// progress since last time and ticked actions, "delete everything", a
// calendar reminder, and links or stored data that cannot be read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, gotoStart, foreignRequests, axeViolations, switchLanguage, KEYS, scanQr } from './support.mjs';
import { walkCheck, RIET } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

async function topTitles(page) {
  return (await page.locator('.plan .action-title').allTextContents()).map((t) => t.trim());
}


const stored = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
// The app writes a record once the part that writes records is loaded: wait
// (up to 5 s) until storage shows what `ready` looks for.
const storedWhen = async (page, ready) => {
  for (let i = 0; i < 100; i += 1) {
    const now = await stored(page);
    if (ready(now)) return now;
    await page.waitForTimeout(50);
  }
  return stored(page);
};
// The memory's results, from its stored record (version 2: JSON).
const keptChecks = (text) => {
  const record = JSON.parse(text);
  assert.deepEqual([record.record, record.version], ['memory', 2]);
  return record.data.checks;
};

test('the QR code carries the plan; on another device the link shows it read-only, stores nothing, and keeps it only when asked', async () => {
  const stand = await app.page({ viewport: { width: 820, height: 1180 } });
  await gotoStart(stand.page, app.origin);
  await walkCheck(stand.page, RIET);
  await stand.page.locator('.summary').waitFor();
  const titles = await topTitles(stand.page);
  const score = (await stand.page.locator('.summary-score').textContent()).trim();

  const link = await scanQr(stand.page);
  assert.equal(link, await stand.page.locator('.qr').getAttribute('data-link'));
  assert.ok(link.startsWith(`${app.origin}/#p2.`), link);
  const fragment = new URL(link).hash.slice(1);
  console.log(`take-home link: ${link.length} characters, fragment ${fragment.length}: ${link}`);
  assert.ok(fragment.length < 70, `a whole plan fits a small QR code (${fragment.length} characters)`);
  assert.deepEqual(await stored(stand.page), {}, 'the tablet keeps nothing');
  assert.deepEqual(stand.errors, []);

  // A phone that has never seen the app opens the link.
  const phone = await app.page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.page.goto(link);
  await phone.page.locator('.summary').waitFor();
  assert.deepEqual(await topTitles(phone.page), titles, 'the same plan');
  assert.equal((await phone.page.locator('.summary-score').textContent()).trim(), score);
  await phone.page.getByText('U bekijkt een plan uit een link').waitFor();
  assert.equal(await phone.page.getByRole('button', { name: 'Antwoorden aanpassen' }).isVisible(), false, 'read-only');
  assert.equal(await phone.page.locator('.keep').isVisible(), false, 'no memory switch before it is kept');
  assert.deepEqual(await stored(phone.page), {}, 'opening the link stores nothing');
  assert.deepEqual(foreignRequests(phone.requests, app.origin), []);

  // "Keep it on this device".
  await phone.page.getByRole('button', { name: 'Bewaar dit plan op dit apparaat' }).click();
  const kept = keptChecks((await storedWhen(phone.page, (s) => s[KEYS.MEMORY]))[KEYS.MEMORY]);
  assert.equal(kept.length, 1);
  assert.deepEqual(Object.keys(kept[0]), ['kind', 'saved_on', 'plan', 'score', 'previous', 'done']);
  assert.equal(kept[0].kind, 'resident');
  assert.match(kept[0].saved_on, /^\d{4}-\d\d-\d\d$/);
  assert.match(kept[0].plan, /^p2\.[\w-]+$/);
  assert.ok(Number.isInteger(kept[0].score));
  assert.deepEqual([kept[0].previous, kept[0].done], [null, []]);
  assert.equal(await phone.page.evaluate(() => location.hash), '', 'the link leaves the address once kept');
  assert.equal(await phone.page.locator('.keep input').isChecked(), true);

  // Back later: the start screen welcomes and opens the plan again.
  await phone.page.reload();
  await phone.page.getByRole('heading', { name: 'Welkom terug' }).waitFor();
  await phone.page.getByRole('button', { name: 'Bekijk uw plan' }).click();
  await phone.page.locator('.summary').waitFor();
  assert.deepEqual(await topTitles(phone.page), titles);
  assert.equal(await phone.page.getByText('U bekijkt een plan uit een link').isVisible(), false);

  // Tick the first action off; it stays ticked.
  const first = phone.page.locator('.plan > li').first().locator('.done input');
  await first.check();
  const ticked = await storedWhen(phone.page, (s) => s[KEYS.MEMORY]?.includes('"done":["'));
  assert.equal(keptChecks(ticked[KEYS.MEMORY])[0].done.length, 1);
  assert.match(keptChecks(ticked[KEYS.MEMORY])[0].done[0], /^[a-z0-9-]+$/);
  await phone.page.reload();
  await phone.page.getByRole('button', { name: 'Bekijk uw plan' }).click();
  await phone.page.locator('.summary').waitFor();
  assert.equal(await phone.page.locator('.plan > li').first().locator('.done input').isChecked(), true);
  assert.equal(await phone.page.locator('.plan > li').nth(1).locator('.done input').isChecked(), false);

  // Delete everything.
  await phone.page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await phone.page.getByRole('button', { name: 'Wis alles van dit apparaat' }).click();
  await phone.page.getByText('Alles is gewist.').waitFor();
  assert.equal(await phone.page.evaluate(() => localStorage.length), 0, 'storage is empty');
  assert.equal(await phone.page.getByRole('heading', { name: 'Welkom terug' }).count(), 0);
  assert.deepEqual(phone.errors, []);
  await stand.context.close();
  await phone.context.close();
});

test('remembering is off until switched on; a later check shows the score then and now; switching off forgets', async () => {
  const { page, context, errors } = await app.page({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await gotoStart(page, app.origin);
  await walkCheck(page, RIET);
  await page.locator('.summary').waitFor();
  assert.equal(await page.locator('.keep input').isChecked(), false, 'off by default');
  assert.deepEqual(await stored(page), {});
  assert.equal(await page.locator('.done').first().isVisible(), false, 'nothing to tick while off');

  await page.getByLabel('Onthoud mijn plan op dit apparaat').check();
  const first = (await storedWhen(page, (s) => s[KEYS.MEMORY]))[KEYS.MEMORY];
  const { plan } = keptChecks(first)[0];
  assert.equal(await page.locator('.done').first().isVisible(), true);

  // Pretend that result was from the summer, with a lower score, kept by
  // an app of last summer (memory version 1, still read).
  await page.evaluate(([key, plan]) => localStorage.setItem(key, `memory v1\ncheck resident 2026-08-01 40 ${plan}\nend\n`), [KEYS.MEMORY, plan]);
  await page.reload();
  await page.getByRole('heading', { name: 'Welkom terug' }).waitFor();
  await page.getByText('gedaan op 1 augustus 2026. Uw score: 40 van 100.').waitFor();

  // The check again, with two-step verification now on: a new result.
  await walkCheck(page, { ...RIET, answers: { ...RIET.answers, 'two-step-email': 'on' } });
  await page.locator('.summary').waitFor();
  const now = (await page.locator('.summary-score').textContent()).match(/\d+/)[0];
  await page.getByText(`Vorige keer, op 1 augustus 2026, was uw score 40 van 100. Nu is het ${now} van 100.`).waitFor();
  const second = keptChecks((await storedWhen(page, (s) => s[KEYS.MEMORY]?.includes('"previous":{')))[KEYS.MEMORY]);
  assert.equal(second[0].score, Number(now));
  assert.match(second[0].plan, /^p2\./);
  assert.deepEqual(second[0].previous, { saved_on: '2026-08-01', score: 40 });

  // A reminder in the calendar, made on the device, without the answers.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Zet een herinnering in uw agenda' }).click()]);
  assert.equal(download.suggestedFilename(), 'veilig-check.ics');
  const ics = await readFile(await download.path(), 'utf8');
  const due = new Date();
  due.setMonth(due.getMonth() + 3);
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /\r\nSUMMARY:Digitaal Veilig Check: doe de check opnieuw\r\n/);
  assert.match(ics, new RegExp(`\\r\\nDTSTART;VALUE=DATE:${due.getFullYear()}${String(due.getMonth() + 1).padStart(2, '0')}`));
  assert.ok(!ics.includes('#p2'), 'the calendar, often a cloud service, gets no answers');

  await page.getByLabel('Onthoud mijn plan op dit apparaat').uncheck();
  assert.deepEqual(await storedWhen(page, (s) => Object.keys(s).length === 0), {}, 'switching off forgets');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged, cut-off or newer plan link, or unreadable memory, says so plainly over the start screen', async () => {
  const { page, context, errors } = await app.page();
  // A real link to cut and change.
  await gotoStart(page, app.origin);
  await walkCheck(page, RIET);
  await page.locator('.summary').waitFor();
  const fragment = new URL(await page.locator('.qr').getAttribute('data-link')).hash;
  const changed = fragment.slice(0, -3) + (fragment.at(-3) === 'A' ? 'B' : 'A') + fragment.slice(-2);

  const cases = [
    [fragment.slice(0, -5), 'beschadigd of niet compleet'],
    [changed, 'beschadigd of niet compleet'],
    ['#p1.%%%', 'beschadigd of niet compleet'],
    ['#p7.AAAA', 'nieuwere versie van de check'],
  ];
  for (const [hash, message] of cases) {
    await page.goto('about:blank');
    await page.goto(`${app.origin}/${hash}`);
    await page.getByText(message).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Hoe veilig bent u online?' }).waitFor();
    assert.equal(await page.evaluate(() => location.hash), '', `${hash}: the bad link leaves the address`);
  }
  // A good link, left with "start again": a reload does not bring it back.
  await page.goto('about:blank');
  await page.goto(`${app.origin}/${fragment}`);
  await page.locator('.from-link').waitFor();
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  assert.equal(await page.evaluate(() => location.hash), '');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Hoe veilig bent u online?' }).waitFor();
  assert.deepEqual(await stored(page), {}, 'a link opened and left keeps nothing');

  // The skip link's own fragment is nothing to complain about.
  await page.goto('about:blank');
  await page.goto(`${app.origin}/#main`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.locator('main > .notice:not([hidden])').count(), 0);

  // Memory that cannot be read is set aside, and "delete everything" removes that too.
  await page.evaluate((key) => localStorage.setItem(key, 'memory v1\ncheck resident gisteren\n'), KEYS.MEMORY);
  await page.reload();
  await page.getByText('konden we niet lezen').waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEYS.MEMORY), null);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), `${KEYS.MEMORY}.damaged`), 'memory v1\ncheck resident gisteren\n');
  // Every key the app has ever written, from the one list, goes too.
  await page.evaluate((keys) => keys.forEach((k) => localStorage.getItem(k) ?? localStorage.setItem(k, 'x')), KEYS.ALL);
  assert.equal(await page.evaluate(() => localStorage.length), KEYS.ALL.length);
  await page.getByRole('button', { name: 'Wis alles van dit apparaat' }).click();
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  // What a newer app would write: a later version of the record.
  await page.evaluate((key) => localStorage.setItem(key, '{"record":"memory","version":9,"data":{"something":"new"}}'), KEYS.MEMORY);
  await page.reload();
  await page.getByText('komt uit een nieuwere versie van de check').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds nothing on the parts of keeping the plan, in Dutch and English', async () => {
  const { page, context, errors } = await app.page();
  const clean = async (what) => {
    for (const language of ['English', 'Nederlands']) {
      await switchLanguage(page, language);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${what} in ${language}: ${JSON.stringify(violations, null, 2)}`);
    }
  };
  await gotoStart(page, app.origin);
  await walkCheck(page, RIET);
  await page.locator('.summary').waitFor();
  const link = await page.locator('.qr').getAttribute('data-link');
  await page.getByLabel('Onthoud mijn plan op dit apparaat').check();
  const { plan } = keptChecks((await storedWhen(page, (s) => s[KEYS.MEMORY]))[KEYS.MEMORY])[0];
  await page.evaluate(([key, plan]) => localStorage.setItem(key, `memory v1\ncheck resident 2026-08-01 40 ${plan}\nprevious resident 2026-05-01 20\ndone resident make-backups\nend\n`), [KEYS.MEMORY, plan]);

  await page.reload();
  await page.getByRole('heading', { name: 'Welkom terug' }).waitFor();
  await clean('welcome back');
  await page.getByRole('button', { name: 'Bekijk uw plan' }).click();
  await page.locator('.progress').waitFor();
  await clean('the result with the memory on, progress and boxes to tick');

  await page.goto('about:blank');
  await page.goto(link);
  await page.locator('.from-link').waitFor();
  await clean('a plan from a link');

  await page.goto('about:blank');
  await page.goto(`${app.origin}/#p1.AAAA`);
  await page.getByText('beschadigd of niet compleet').waitFor();
  await clean('the message about a damaged link');
  assert.deepEqual(errors, []);
  await context.close();
});
