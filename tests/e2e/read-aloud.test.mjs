// Read-aloud uses only voices on the device itself. Headless Chromium has no
// voices, so each test gives the page a stand-in speech engine (before the
// app starts) with the voices it needs, and records what would be spoken.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart, axeViolations, switchLanguage } from './support.mjs';
import { walkCheck } from './walk.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

/** A page whose speech engine has exactly these voices. */
async function pageWithVoices(voices) {
  const { page, context } = await app.page({ viewport: { width: 820, height: 1180 } });
  await context.addInitScript((list) => {
    class Voice {
      constructor(v) {
        Object.assign(this, { voiceURI: v.name, default: false, ...v });
      }
    }
    class Utterance {
      constructor(text) {
        this.text = text;
      }
    }
    const spoken = [];
    const engine = {
      speaking: false,
      current: null,
      getVoices: () => list.map((v) => new Voice(v)),
      speak(u) {
        spoken.push({ text: u.text, voice: u.voice?.name, local: u.voice?.localService, lang: u.lang });
        this.current = u;
        this.speaking = true;
      },
      cancel() {
        const u = this.current;
        this.current = null;
        this.speaking = false;
        u?.onend?.();
      },
      onvoiceschanged: null,
    };
    window.SpeechSynthesisVoice = Voice;
    window.SpeechSynthesisUtterance = Utterance;
    Object.defineProperty(window, 'speechSynthesis', { value: engine });
    window.__spoken = spoken;
    // The end of reading, as the engine would report it.
    window.__finishSpeaking = () => {
      const u = engine.current;
      engine.current = null;
      u?.onend?.();
    };
  }, voices);
  return { page, context };
}

const toQuestion = (page) => walkCheck(page, { profile: {} }, { until: 'two-step-email' });

test('with only a voice that is not on the device, there is no read-aloud button', async () => {
  const { page, context } = await pageWithVoices([{ name: 'Online NL', lang: 'nl-NL', localService: false, default: true }]);
  await gotoStart(page, app.origin);
  await toQuestion(page);
  assert.equal(await page.locator('button.read-aloud').count(), 0);
  await context.close();
});

test('with a Dutch voice on the device: the question is read in Dutch with that voice, a second press stops it', async () => {
  const { page, context } = await pageWithVoices([
    { name: 'Online NL', lang: 'nl-NL', localService: false, default: true },
    { name: 'Lokaal NL', lang: 'nl-NL', localService: true },
  ]);
  await gotoStart(page, app.origin);
  await toQuestion(page);
  const button = page.getByRole('button', { name: 'Lees voor' });
  await button.click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].voice, 'Lokaal NL');
  assert.equal(spoken[0].local, true);
  assert.match(spoken[0].text, /^Staat tweestapsverificatie aan op uw e-mail\?/);
  assert.match(spoken[0].text, /Weet ik niet/);
  const stop = page.getByRole('button', { name: 'Stop met voorlezen' });
  assert.equal(await stop.getAttribute('aria-pressed'), 'true');
  await stop.click();
  await page.getByRole('button', { name: 'Lees voor' }).waitFor();
  // The button is reachable and named for everyone.
  assert.deepEqual(await axeViolations(page), []);
  // When reading ends by itself the button says so too.
  await page.getByRole('button', { name: 'Lees voor' }).click();
  await page.evaluate(() => window.__finishSpeaking());
  await page.getByRole('button', { name: 'Lees voor' }).waitFor();
  await context.close();
});

test('the button follows the language: no English voice on the device means no button in English', async () => {
  const { page, context } = await pageWithVoices([{ name: 'Lokaal NL', lang: 'nl-NL', localService: true }]);
  await gotoStart(page, app.origin);
  await toQuestion(page);
  await page.getByRole('button', { name: 'Lees voor' }).waitFor();
  await switchLanguage(page, 'English');
  assert.equal(await page.locator('button.read-aloud').count(), 0);
  await context.close();
});

test('a scene\'s explanation and the plan\'s actions can be read aloud', async () => {
  const voices = [{ name: 'Local EN', lang: 'en-GB', localService: true }];
  let { page, context } = await pageWithVoices(voices);
  await gotoStart(page, app.origin);
  await switchLanguage(page, 'English');
  await walkCheck(page, { profile: { banking: ['online-banking'] } }, { until: 'bank-safe-account', choice: /For myself/ });
  await page.locator('label[for="bank-safe-account-transfer"]').click();
  await page.locator('form.step button[type=submit]').click();
  await page.locator('.feedback button.read-aloud').click();
  let spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.at(-1).voice, 'Local EN');
  assert.match(spoken.at(-1).text, /^This is tricky\. Many people fall for it\./);
  await context.close();

  ({ page, context } = await pageWithVoices(voices));
  await gotoStart(page, app.origin);
  await switchLanguage(page, 'English');
  await walkCheck(page, { profile: {} }, { choice: /For myself/ });
  const first = page.locator('.plan .action-card').first();
  const title = (await first.locator('.action-title').textContent()).trim();
  await first.locator('button.read-aloud').click();
  spoken = await page.evaluate(() => window.__spoken);
  assert.ok(spoken.at(-1).text.startsWith(title), `${spoken.at(-1).text} starts with ${title}`);
  assert.match(spoken.at(-1).text, /Why\?|Why/);
  await context.close();
});
