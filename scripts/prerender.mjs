// The start screen before the wasm (issue 17): `make build` (postbuild.mjs)
// opens the built app in headless Chromium, exactly as a first visitor
// would, and writes what the app's own components rendered, in Dutch, into
// dist/index.html: the page frame with the start screen, and "it is
// happening now" with every situation and phone number. So the first paint
// needs only index.html and the stylesheet, and a browser that cannot run
// the app (no JavaScript, no WebAssembly) still shows what the service is
// and where to get help at once.
//
// Until the app runs, its buttons are disabled and look it (nothing is
// clickable that does nothing); the "it is happening now" button is a plain
// link to the help on the same page. The app takes over by emptying #app
// and mounting in the same task, so no frame shows the page half-built; the
// help section sits after the footer, so taking it away moves nothing that
// stays (CLS 0). The sentence that the check needs a newer browser comes
// from content/ui.toml (`translation.needs_browser`).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support.mjs';

/** The Dutch of a text of ui.toml (a line `key = { nl = "...", ... }`). */
async function uiText(key) {
  const toml = await readFile(new URL('../content/ui.toml', import.meta.url), 'utf8');
  const line = toml.split('\n').find((l) => l.startsWith(`${key} = `));
  const dutch = line?.match(/nl = "((?:[^"\\]|\\.)*)"/)?.[1];
  if (!dutch) throw new Error(`prerender: no Dutch for ${key} in content/ui.toml`);
  return JSON.parse(`"${dutch}"`);
}

/** Renders the start screen and "it is happening now" into `html` (index.html of `dist`). */
export async function prerender(dist, html) {
  const needsBrowser = await uiText('needs_browser');
  const server = await startServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    // No service worker: the build's is not finished yet.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.origin + '/');
    await page.locator('.choice').first().waitFor();
    // The start screen and the frame, every button waiting for the app.
    const start = await page.evaluate(() => {
      const app = document.getElementById('app').cloneNode(true);
      for (const button of app.querySelectorAll('button')) {
        button.disabled = true;
        button.removeAttribute('aria-pressed');
      }
      // "It is happening now": a plain link to the help further down.
      const bar = app.querySelector('.help-now-bar button');
      const link = document.createElement('a');
      link.className = bar.className;
      link.href = '#het-gebeurt-nu';
      link.textContent = bar.textContent;
      bar.replaceWith(link);
      return app.innerHTML;
    });
    await page.locator('.help-now-bar button').click();
    await page.locator('details.situation').first().waitFor();
    // The help: its heading, what to do first and every situation, without
    // what only the app can do (back, preparing a report).
    const help = await page.evaluate(() => {
      const main = document.querySelector('main').cloneNode(true);
      for (const el of main.querySelectorAll('button, .back-link, .report-link')) el.remove();
      for (const el of main.querySelectorAll('[id]')) el.removeAttribute('id');
      for (const el of main.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
      for (const el of main.querySelectorAll('[aria-labelledby], [aria-controls]')) {
        el.removeAttribute('aria-labelledby');
        el.removeAttribute('aria-controls');
      }
      // Below the start screen's h1 every heading is one level lower.
      for (const level of [3, 2, 1]) {
        for (const h of main.querySelectorAll(`h${level}`)) {
          const lower = document.createElement(`h${level + 1}`);
          lower.innerHTML = h.innerHTML;
          if (h.className) lower.className = h.className;
          h.replaceWith(lower);
        }
      }
      main.querySelector('h2').id = 'het-gebeurt-nu-title';
      for (const el of main.querySelectorAll('.notice')) el.remove();
      return main.innerHTML;
    });
    if (errors.length) throw new Error(`prerender: the app reported errors: ${errors.join('; ')}`);
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const section =
      `<section id="het-gebeurt-nu" class="container prerendered-help" aria-labelledby="het-gebeurt-nu-title">` +
      `<p class="notice">${escape(needsBrowser)}</p>${help}</section>`;
    const app = /<div id="?app"?>[\s\S]*?<\/div>\s*<\/body>/;
    if (!app.test(html)) throw new Error('prerender: index.html has no <div id="app"> as the last thing in <body>');
    return html.replace(app, `<div id="app" data-prerendered>${start}${section}</div></body>`);
  } finally {
    await browser.close();
    await server.close();
  }
}
