// Presentation mode, the way an ambassador uses it in front of a class:
// keyboard (or a clicker) only, hands counted, the answer shown, the screen
// blanked, back and on, the closing QR code read from the screen and opened
// on a second device, and the handout printed to PDF and read back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, gotoStart, axeViolations, scanQr, switchLanguage, foreignRequests, printed } from './support.mjs';
import { tabTo } from './walk.mjs';

let app;
let dir;
before(async () => {
  app = await openApp();
  dir = await mkdtemp(join(tmpdir(), 'veilig-check-present-'));
});
after(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

const PROJECTOR = { width: 1920, height: 1080 };

async function heading(page) {
  return (await page.locator('h1').first().textContent()).trim();
}

async function pressButton(page, name) {
  await tabTo(page, (n) => document.activeElement?.tagName === 'BUTTON' && (document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent).trim().startsWith(n), 80, name);
  await page.keyboard.press('Enter');
}

/** A key, then the next heading. */
async function keyTo(page, key) {
  const before = await heading(page);
  await page.keyboard.press(key);
  await page.waitForFunction((prev) => document.querySelector('h1')?.textContent?.trim() !== prev, before);
  return heading(page);
}

test('a whole presentation for young people by keyboard alone: hands counted, the answer, blank, back and on, and the closing QR code opens the youth check on a phone', async () => {
  const { page, errors, requests } = await app.page({ viewport: PROJECTOR });
  await gotoStart(page, app.origin);
  await pressButton(page, 'Voor ambassadeurs: presentatie-modus');
  await page.getByRole('heading', { level: 1, name: 'Presentatie-modus' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the choice of audience');
  await pressButton(page, 'Start de presentatie: Jongeren');
  await page.locator('.present').waitFor();
  // In front of a room: only the slide, no header, banner or footer.
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.help-now-bar').isVisible(), false);
  const first = await heading(page);
  assert.match(await page.locator('.present-count').textContent(), /Voorbeeld 1 van 6/);
  const options = await page.locator('.present-option').count();
  assert.ok(options >= 2, 'the answers as cards');
  assert.deepEqual(await axeViolations(page), [], 'a slide');

  // Hands typed per answer (Tab moves from field to field).
  await tabTo(page, () => document.activeElement?.id === 'hands-0');
  await page.keyboard.type('4');
  for (let i = 1; i < options; i++) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(10 + i));
  }
  // Page Down (what a clicker sends) shows the answer: the right card, bars.
  await page.keyboard.press('PageDown');
  await page.locator('.present-answer').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.present-correct').count(), 1, 'one right answer');
  assert.match(await page.locator('.present-correct').textContent(), /Goed antwoord/);
  assert.match(await page.locator('.present-option').first().textContent(), /Handen: 4/);
  assert.deepEqual(await axeViolations(page), [], 'a slide with its answer');
  assert.equal(await heading(page), first, 'still the same scenario');

  // On with the right arrow (focus back on the page), B blanks and unblanks.
  await page.locator('h1').focus();
  const second = await keyTo(page, 'ArrowRight');
  assert.notEqual(second, first);
  assert.equal(await page.locator('.present-answer').isVisible(), false, 'a new scenario starts unanswered');
  await page.keyboard.press('b');
  await page.locator('.present.present-blank').waitFor();
  assert.match(await page.locator('.present [role=status]').textContent(), /scherm is zwart/);
  await page.keyboard.press('b');
  await page.locator('.present.present-blank').waitFor({ state: 'detached' });
  // Back with Page Up: the first scenario again, its hands kept.
  assert.equal(await keyTo(page, 'PageUp'), first);
  assert.equal(await page.locator('#hands-0').inputValue(), '4');

  // Space and the right arrow to the end: reveal, then next, every slide.
  for (let i = 0; i < 40 && (await heading(page)) !== 'Drie dingen om te onthouden'; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowRight' : ' ');
  }
  assert.equal(await heading(page), 'Drie dingen om te onthouden');
  assert.equal(await page.locator('.present-remember li').count(), 3);
  assert.match(await page.locator('.present-qr').textContent(), /je eigen telefoon/, 'young people are addressed with "je"');
  assert.deepEqual(await axeViolations(page), [], 'the closing screen');

  // The QR code, read from the screen as a phone camera would, opens the
  // youth check on a second device: the address and the check, nothing else.
  const link = await scanQr(page);
  assert.equal(link, `${app.origin}/?check=youth`);
  const phone = await app.page({ viewport: { width: 390, height: 844 } });
  await phone.page.goto(link);
  await phone.page.getByRole('heading', { level: 1, name: 'Check voor jongeren' }).waitFor();
  assert.deepEqual(phone.errors, []);

  // Nothing left the device; nothing was kept about anyone.
  assert.deepEqual(foreignRequests(requests, app.origin), []);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'without event mode nothing is stored');
  // Leaving is one tap.
  await pressButton(page, 'Stop de presentatie');
  await page.getByRole('heading', { level: 1, name: 'Presentatie-modus' }).waitFor();
  assert.deepEqual(errors, []);
});

test('the handout for older people prints on A4 with every scenario, its right answer, talking points and question', async () => {
  const { page } = await app.page({ viewport: { width: 820, height: 1180 } });
  await page.addInitScript(() => (window.print = () => {}));
  await gotoStart(page, app.origin);
  await page.getByRole('button', { name: 'Voor ambassadeurs: presentatie-modus' }).click();
  await page.getByRole('button', { name: 'Hand-out voor de ambassadeur: Ouderen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hand-out: Ouderen' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the handout');
  const sections = await page.locator('.handout-slide').evaluateAll((els) =>
    els.map((el) => ({
      title: el.querySelector('h2').textContent.trim().replace(/^\d+\. /, ''),
      answer: el.querySelector('.handout-answer')?.textContent.trim(),
      points: [...el.querySelectorAll('ul li')].map((li) => li.textContent.trim()),
    })),
  );
  await page.getByRole('button', { name: 'Print de hand-out' }).click();
  const pdf = await printed(page, dir, 'handout');
  assert.deepEqual([pdf.width, pdf.height], [595, 842], 'A4');
  assert.ok(sections.length >= 5, `${sections.length} scenarios and the close`);
  for (const s of sections) {
    assert.ok(pdf.has(s.title), `the PDF has "${s.title}"`);
    if (s.answer) assert.ok(pdf.has(s.answer), `and its answer "${s.answer}"`);
    for (const p of s.points) assert.ok(pdf.has(p), `and "${p}"`);
  }
  assert.ok(!pdf.has('Print de hand-out'), 'no buttons on paper');
});

test('presentation mode in English has no WCAG 2.2 AA violations on any of its screens', async () => {
  const { page } = await app.page({ viewport: PROJECTOR });
  await gotoStart(page, app.origin);
  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: 'For ambassadors: presentation mode' }).click();
  await page.getByRole('button', { name: 'Start the presentation: Entrepreneurs (small businesses)' }).click();
  await page.locator('.present').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'a slide');
  await page.getByRole('button', { name: 'Show the answer' }).click();
  assert.deepEqual(await axeViolations(page), [], 'its answer');
  await page.getByRole('button', { name: 'Blank screen (B)' }).click();
  await page.locator('.present.present-blank').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'blanked');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 20 && (await heading(page)) !== 'Three things to remember'; i++) await page.keyboard.press('PageDown');
  assert.match(await page.locator('.present-qr').textContent(), /your own phone/);
  assert.deepEqual(await axeViolations(page), [], 'the closing screen');
  await page.getByRole('button', { name: 'Back to the choice' }).click();
  await page.getByRole('button', { name: 'Handout for the ambassador: Young people (12 to 18)' }).click();
  await page.locator('.handout-slide').first().waitFor();
  assert.deepEqual(await axeViolations(page), [], 'a handout');
});
