// A phone screen that keeps its place: after "Volgende", "Vorige" and a
// scene's explanation, the new step shows from its top (the theme and the
// progress bar in view) with its heading focused for screen readers, rather
// than scrolled so that the heading sits at the top edge. Read from the
// scroll position and what is in view, at phone size and at 320 px with
// the text at 200%.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, gotoStart } from './support.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

/** Where the step's parts are, in the window. */
function place(page) {
  return page.evaluate(() => {
    const top = (el) => el?.getBoundingClientRect().top ?? NaN;
    const heading = document.getElementById('page-title');
    return {
      progress: top(document.querySelector('form.step .progress')),
      heading: top(heading),
      feedback: top(document.querySelector('.feedback')),
      height: innerHeight,
      scrolled: scrollY,
      focused: document.activeElement === heading,
    };
  });
}

/** After the next frames: the app scrolls once the step is drawn. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function assertFromTheTop(page, what) {
  await settled(page);
  const p = await place(page);
  assert.ok(p.progress >= -1 && p.progress < p.height * 0.6, `${what}: the progress bar is at ${p.progress} of ${p.height}`);
  assert.ok(p.heading > p.progress && p.heading < p.height, `${what}: the heading is at ${p.heading} of ${p.height}`);
  assert.ok(p.focused, `${what}: the heading has the focus`);
  return p;
}

async function heading(page) {
  return (await page.locator('h1').first().textContent()).trim();
}

async function nextStep(page, button) {
  const before = await heading(page);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction((prev) => document.querySelector('h1')?.textContent?.trim() !== prev, before);
}

for (const [label, viewport, size] of [
  ['a phone, 390×844', { width: 390, height: 844 }, '100%'],
  ['320 px wide with the text at 200%', { width: 320, height: 640 }, '200%'],
]) {
  test(`${label}: every new step shows from its top, its heading focused`, async () => {
    const { page, context, errors } = await app.page({ viewport });
    await gotoStart(page, app.origin);
    await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
    await page.getByRole('button', { name: /Voor mezelf/ }).click();
    await page.locator('.button-start').click();
    await page.locator('form.step').waitFor();
    let scrolledOnce = false;
    let scene = false;
    for (let step = 0; step < 40 && !scene; step++) {
      await assertFromTheTop(page, `step ${step + 1}`);
      scene = (await page.locator('.story').count()) > 0;
      // A first answer, then the button at the foot of the step (a click
      // scrolls down to it, as a thumb would).
      const first = page.locator('form.step label').first();
      if (!(await page.locator('form.step input:checked').count())) await first.click();
      if (scene) break;
      await nextStep(page, 'Volgende');
      const p = await assertFromTheTop(page, `after "Volgende" to step ${step + 2}`);
      scrolledOnce ||= p.scrolled > 0;
      if (step === 2) {
        await nextStep(page, 'Vorige');
        await assertFromTheTop(page, 'after "Vorige"');
        await nextStep(page, 'Volgende');
      }
    }
    assert.ok(scene, 'a scene was reached');
    assert.ok(scrolledOnce, 'the steps are long enough here that the page scrolls: the test means something');

    // The scene's explanation appears below the answers: its top comes into view.
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await page.locator('.feedback').waitFor();
    await settled(page);
    const p = await place(page);
    assert.ok(p.feedback >= -1 && p.feedback < p.height * 0.6, `the explanation is at ${p.feedback} of ${p.height}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
