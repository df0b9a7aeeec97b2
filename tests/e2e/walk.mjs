// Walks through a whole check like a person: with the mouse (clicking the
// labels) or with the keyboard alone (Tab, arrow keys, Space and Enter).
//
// A persona says what to answer: `profile` maps a profile question id to the
// option ids to choose (null = skip an optional question), `answers` maps a
// question or scenario id to an option id ('dont-know' for "don't know").
// Questions it does not mention are answered "don't know", or with their
// first option when `otherwise` is 'first' (the content lists the safest
// answer first); scenarios it does not mention get their first option.

const STEP_LIMIT = 100;

/** Presses Tab until the focused element matches, at most `max` times. */
export async function tabTo(page, check, max = 40, arg = undefined) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check, arg)) return;
  }
  throw new Error('could not reach the element with Tab');
}

async function currentHeading(page) {
  return (await page.locator('h1').first().textContent())?.trim();
}

async function waitForNewStep(page, before) {
  await page.waitForFunction((prev) => document.querySelector('h1')?.textContent?.trim() !== prev, before);
}

/** Presses the button with this class: Tab to it and Enter, or a click. */
async function press(page, className, keyboard) {
  if (keyboard) {
    await tabTo(page, (c) => document.activeElement?.classList.contains(c), 40, className);
    await page.keyboard.press('Enter');
  } else {
    await page.locator(`button.${className}`).first().click();
  }
}

async function submit(page, keyboard) {
  if (keyboard) {
    await tabTo(page, () => document.activeElement?.getAttribute('type') === 'submit');
    await page.keyboard.press('Enter');
  } else {
    await page.locator('form.step button[type=submit]').click();
  }
}

export async function choose(page, name, values, type, keyboard) {
  if (!keyboard) {
    for (const v of values) await page.locator(`label[for="${name}-${v}"]`).click();
    return;
  }
  // Keyboard: Tab into the group; radios move with the arrow keys, check
  // boxes are toggled with Space one by one.
  await tabTo(page, () => document.activeElement?.tagName === 'INPUT');
  if (type === 'radio') {
    const want = values[0];
    const count = await page.locator(`input[name="${name}"]`).count();
    for (let i = 0; i <= count; i++) {
      const state = await page.evaluate(() => ({ value: document.activeElement.value, checked: document.activeElement.checked }));
      if (state.value === want) {
        if (!state.checked) await page.keyboard.press('Space');
        return;
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`no option ${want} for ${name}`);
  }
  const count = await page.locator(`input[name="${name}"]`).count();
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const state = await page.evaluate(() => ({ value: document.activeElement.value, checked: document.activeElement.checked }));
    if (values.includes(state.value) !== state.checked) await page.keyboard.press('Space');
  }
}

/**
 * From the start screen (or, with `started`, from the check's introduction):
 * opens the check (`choice`: its button's name, or its place on the start
 * screen) and answers every step, up to the result or up to
 * the question or scenario with id `until`.
 */
export async function walkCheck(page, persona, { keyboard = false, choice = /Voor mezelf|For myself/, until, started = false, quick = false } = {}) {
  const seen = { steps: 0, scenarios: 0, questions: 0, profile: 0 };
  // `started`: true on the introduction already, 'step' at a step already
  // (going on with the full check after the quick one).
  let before;
  if (started !== 'step') {
    if (started) {
      // Already on the introduction.
    } else if (typeof choice === 'number') {
      // By its place on the start screen, in any language.
      await page.locator('.choice').nth(choice).click();
    } else if (keyboard) {
      await tabTo(page, ([source, flags]) => new RegExp(source, flags).test(document.activeElement?.textContent ?? ''), 40, [choice.source, choice.flags]);
      await page.keyboard.press('Enter');
    } else {
      await page.getByRole('button', { name: choice }).click();
    }
    // The intro: the full check, or with `quick` the quick check.
    await page.locator('.button-start').waitFor();
    before = await currentHeading(page);
    await press(page, quick ? 'button-quick' : 'button-start', keyboard);
    await waitForNewStep(page, before);
  }

  for (let i = 0; i < STEP_LIMIT; i++) {
    if (await page.locator('.summary').count()) return seen;
    seen.steps++;
    before = await currentHeading(page);
    const first = page.locator('form.step input').first();
    const name = await first.getAttribute('name');
    const type = await first.getAttribute('type');
    const scenario = (await page.locator('.story').count()) > 0;
    const profile = (await page.locator('form.step-profile').count()) > 0;
    if (name === until) return seen;

    if (profile) {
      seen.profile++;
      const wanted = persona.profile?.[name];
      if (wanted === null) {
        await press(page, 'button-secondary', keyboard);
        await waitForNewStep(page, before);
        continue;
      }
      const values = wanted ?? (type === 'radio' ? [await first.getAttribute('value')] : []);
      await choose(page, name, values, type, keyboard);
      await submit(page, keyboard);
    } else if (scenario) {
      seen.scenarios++;
      const value = persona.answers?.[name] ?? (await first.getAttribute('value'));
      await choose(page, name, [value], 'radio', keyboard);
      await submit(page, keyboard);
      await page.locator('.feedback').waitFor();
      await submit(page, keyboard);
    } else {
      seen.questions++;
      const fallback = persona.otherwise === 'first' ? await first.getAttribute('value') : 'dont-know';
      const value = persona.answers?.[name] ?? fallback;
      await choose(page, name, [value], 'radio', keyboard);
      await submit(page, keyboard);
    }
    await waitForNewStep(page, before);
  }
  throw new Error('the check did not reach the result');
}

/** Riet, 75: online banking and WhatsApp on her smartphone, no second step
 *  on her e-mail, and she would move money for "the bank". */
export const RIET = {
  profile: { devices: ['smartphone'], banking: ['online-banking'], whatsapp: ['whatsapp'] },
  answers: { 'two-step-email': 'off', 'bank-safe-account': 'transfer' },
};

/** The titles of the top actions on the result page, in order. */
export async function topActions(page) {
  return (await page.locator('.plan .action-title').allTextContents()).map((t) => t.trim());
}

/** The right answer to every scenario of the resident check, for personas
 *  that see through them all (each can override one with its own). */
export const residentScenariosRight = {
  'bank-safe-account': 'hang-up-call',
  'courier-card': 'hang-up',
  'door-police': 'call-112',
  'whatsapp-new-number': 'call-old-number',
  'parcel-sms': 'check-myself',
  'qr-sticker': 'pay-machine',
  'helpdesk-call': 'hang-up',
  'sim-swap': 'call-now',
  'investment-ad': 'check-afm',
  'online-love': 'no-money',
  'cheap-webshop': 'check-first',
  'marktplaats-link': 'inside-marktplaats',
  'clicked-link': 'call-bank',
};
