// The languages of The Hague beyond Dutch and English: Turkish, Arabic (right
// to left) and Polish. Each is opened by a link (`?lang=tr`) or from the
// language menu by keyboard, loads as its own pack, says once that no native
// speaker has checked it yet, and gives the same plan as Dutch for the same
// answers. The Arabic is checked right to left for real: the page, the
// progress bar, phone numbers (left to right), the plan on paper and the QR
// section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, gotoStart, foreignRequests, axeViolations, printed, LANGUAGE_CODES } from './support.mjs';
import { walkCheck, tabTo, RIET } from './walk.mjs';

let app;
let dir;
before(async () => {
  app = await openApp();
  dir = await mkdtemp(join(tmpdir(), 'veilig-languages-'));
});
after(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

// What content/languages.toml says of each language: its own name and, while
// no native speaker has checked it, "not yet checked" in the language itself.
const languages = await (async () => {
  const text = await readFile(new URL('../../content/languages.toml', import.meta.url), 'utf8');
  return text
    .split('[[language]]')
    .slice(1)
    .map((block) => {
      const field = (name) => block.match(new RegExp(`^${name} = "([^"]*)"`, 'm'))?.[1];
      return { code: field('code'), name: field('name'), dir: field('dir') ?? 'ltr', notReviewed: field('not_reviewed') };
    });
})();
const NEW = languages.filter((l) => ['tr', 'ar', 'pl'].includes(l.code));

test('the language menu lists every language by its own name and works by keyboard alone', async () => {
  assert.deepEqual(
    NEW.map((l) => l.name),
    ['Türkçe', 'العربية', 'Polski'],
  );
  const { page, requests } = await app.page({ viewport: { width: 390, height: 844 } });
  await gotoStart(page, app.origin);
  // Tab to the globe button, open it with Enter; the list shows each
  // language in its own name, the unreviewed ones say so in their language.
  await tabTo(page, () => document.activeElement?.classList.contains('language-toggle'));
  await page.keyboard.press('Enter');
  const list = page.locator('#language-list');
  await list.waitFor();
  assert.equal(await page.locator('.language-toggle').getAttribute('aria-expanded'), 'true');
  for (const l of languages) {
    const button = list.locator(`button[lang="${l.code}"]`);
    assert.equal((await button.locator('.language-name').textContent()).trim(), l.name);
    // "Not yet checked", in the language itself; nothing seen for Dutch.
    const status = button.locator('.language-status');
    assert.equal((await status.textContent()).trim(), l.notReviewed ?? '');
    assert.equal(await status.isVisible(), Boolean(l.notReviewed));
  }
  // Escape closes the list and gives the focus back to the button.
  await page.keyboard.press('Escape');
  assert.equal(await list.isVisible(), false);
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('language-toggle')));
  // Open again, Tab to Polski, Enter: the page is Polish, the menu closed.
  await page.keyboard.press('Enter');
  await tabTo(page, () => document.activeElement?.getAttribute('lang') === 'pl');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'pl');
  assert.equal(await list.isVisible(), false);
  assert.equal((await page.locator('.language-toggle').textContent()).trim(), 'Polski');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('language-toggle')));
  // Only its own pack was fetched, from the app's own address.
  assert.deepEqual(foreignRequests(requests, app.origin), []);
  assert.ok(requests.some((r) => /\/lang\/pl-[0-9a-f]{8}\.txt$/.test(r.url)), 'the Polish pack');
  assert.ok(!requests.some((r) => /\/lang\/(tr|ar)-/.test(r.url)), 'no other language');
});

for (const l of NEW) {
  test(`?lang=${l.code} opens the app in ${l.name}, which says once that it is not yet checked`, async () => {
    const { page, requests, errors } = await app.page({ viewport: { width: 390, height: 844 } });
    await page.goto(`${app.origin}/?lang=${l.code}`);
    await page.waitForFunction((code) => document.documentElement.lang === code, l.code);
    assert.equal(await page.locator('html').getAttribute('dir'), l.dir);
    const h1 = (await page.locator('h1').textContent()).trim();
    assert.notEqual(h1, 'Hoe veilig bent u online?');
    assert.notEqual(h1, 'How safe are you online?');
    // The note: once, in the language itself (not the Dutch or English).
    const notes = page.locator('.translation-note');
    assert.equal(await notes.count(), 1);
    const note = await notes.textContent();
    assert.doesNotMatch(note, /nagekeken|native speaker/);
    // Dutch and English say nothing of the kind.
    assert.equal((await page.locator('.language-toggle').textContent()).trim(), l.name);
    assert.deepEqual(foreignRequests(requests, app.origin), []);
    assert.deepEqual(errors, []);
  });

  test(`a whole resident check in ${l.name} gives the same top three as in Dutch, and the plan prints with the note`, async () => {
    const topThree = async (page) =>
      page.$$eval('.plan > li .done input', (inputs) => inputs.map((i) => i.getAttribute('aria-describedby')));
    const dutch = await app.page({ viewport: { width: 390, height: 844 } });
    await gotoStart(dutch.page, app.origin);
    await walkCheck(dutch.page, RIET, { choice: 0 });
    const want = await topThree(dutch.page);
    assert.equal(want.length, 3, 'the plan has three actions');
    await dutch.context.close();

    const { page, context, requests } = await app.page({ viewport: { width: 390, height: 844 } });
    await page.goto(`${app.origin}/?lang=${l.code}`);
    await page.waitForFunction((code) => document.documentElement.lang === code, l.code);
    await walkCheck(page, RIET, { choice: 0 });
    assert.deepEqual(await topThree(page), want);
    assert.equal(await page.locator('html').getAttribute('lang'), l.code);
    // No Dutch left on the result: its heading and the plan's titles are
    // translated (names such as DigiD may stay).
    const result = await page.locator('main').textContent();
    for (const dutchWords of ['Uw resultaat', 'Doe dit eerst', 'Waarom?']) assert.ok(!result.includes(dutchWords), dutchWords);
    assert.equal(await page.locator('main .translation-note').count(), 1);
    // On paper the note is there too.
    const pdf = await printed(page, dir, `plan-${l.code}`);
    assert.ok(pdf.pages >= 1);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('main .translation-note').isVisible(), 'the note prints');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(foreignRequests(requests, app.origin), []);
    await context.close();
  });
}

test('Arabic is right to left for real: progress bar, phone numbers, the plan and the QR section', async () => {
  const { page, context } = await app.page({ viewport: { width: 390, height: 844 } });
  await page.goto(`${app.origin}/?lang=ar`);
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  // The help page: every phone number reads left to right.
  await page.locator('.help-now-bar button').click();
  await page.locator('details.situation summary').first().click();
  const phones = await page.$$eval('.org-contact a[href^="tel:"]', (links) =>
    links.map((a) => ({ text: a.textContent, dir: getComputedStyle(a).direction, bidi: getComputedStyle(a).unicodeBidi })),
  );
  assert.ok(phones.length > 0, 'phone numbers on the help page');
  for (const p of phones) {
    assert.equal(p.dir, 'ltr', p.text);
    assert.equal(p.bidi, 'isolate', p.text);
  }
  // A phone number inside an Arabic sentence is isolated left to right too.
  const steps = await page.locator('details.situation li').allTextContents();
  const grouped = steps.join(' ').match(/\u2066[^\u2069]*\u2069/g) ?? [];
  assert.ok(grouped.length > 0, `a grouped number in the steps: ${steps.join(' | ')}`);

  // The progress bar fills from the right.
  await page.goto(`${app.origin}/?lang=ar`);
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await walkCheck(page, RIET, { choice: 0, until: 'two-step-email' });
  const bar = await page.evaluate(() => {
    const track = document.querySelector('.progress-track, .progress')?.getBoundingClientRect();
    const fill = document.querySelector('.progress-bar')?.getBoundingClientRect();
    return track && fill ? { trackRight: track.right, fillRight: fill.right, fillLeft: fill.left, trackLeft: track.left } : null;
  });
  assert.ok(bar, 'a progress bar');
  assert.ok(Math.abs(bar.trackRight - bar.fillRight) < 3, `the bar starts on the right: ${JSON.stringify(bar)}`);
  assert.ok(bar.fillLeft > bar.trackLeft + 3, 'and is not yet full');

  // The result: mirrored, whole, and the QR code itself is not mirrored.
  await walkCheck(page, RIET, { started: 'step' });
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const qr = document.querySelector('.qr');
    return {
      scroll: document.documentElement.scrollWidth,
      width,
      qrTransform: qr ? getComputedStyle(qr).transform : 'none',
      qrDir: qr ? getComputedStyle(qr).direction : null,
      planRight: (() => {
        const h = document.querySelector('.plan h3');
        const r = document.createRange();
        r.selectNodeContents(h);
        return Math.abs(h.getBoundingClientRect().right - r.getBoundingClientRect().right) < 3;
      })(),
    };
  });
  assert.ok(found.scroll <= found.width, `${found.scroll}px wide in ${found.width}px`);
  assert.equal(found.qrTransform, 'none');
  assert.ok(found.planRight, 'the plan\'s titles start on the right');
  const axe = await axeViolations(page);
  assert.deepEqual(axe, [], JSON.stringify(axe, null, 2));
  // On paper, a phone number of the plan's help reads as written.
  const phone = (await page.locator('.plan .org-contact a[href^="tel:"]').first().textContent()).trim();
  const pdf = await printed(page, dir, 'plan-ar');
  assert.ok(pdf.has(phone), `${phone} on paper`);
  await context.close();
});

test('read-aloud is offered only where the device has a local voice for the language', async () => {
  const { page, context } = await app.page({ viewport: { width: 820, height: 1180 } });
  await context.addInitScript(() => {
    // A stand-in speech engine: a Turkish voice on the device, an Arabic one
    // only from a server (which the app never uses), none for Polish.
    class Voice {
      constructor(v) {
        Object.assign(this, { voiceURI: v.name, default: false, ...v });
      }
    }
    window.SpeechSynthesisVoice = Voice;
    const voices = [
      new Voice({ name: 'Yerel TR', lang: 'tr-TR', localService: true }),
      new Voice({ name: 'Remote AR', lang: 'ar-SA', localService: false }),
    ];
    const engine = { speaking: false, getVoices: () => voices, speak() {}, cancel() {}, onvoiceschanged: null };
    Object.defineProperty(window, 'speechSynthesis', { value: engine });
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
      }
    };
  });
  for (const [code, offered] of [['tr', true], ['ar', false], ['pl', false]]) {
    await page.goto(`${app.origin}/?lang=${code}`);
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    await walkCheck(page, RIET, { choice: 0, until: 'two-step-email' });
    assert.equal(await page.locator('button.read-aloud').count() > 0, offered, code);
  }
  await context.close();
});

test('every language code the e2e support knows is in the content', () => {
  for (const [name, code] of Object.entries(LANGUAGE_CODES)) {
    assert.ok(languages.some((l) => l.code === code && l.name === name), `${name} (${code})`);
  }
});
