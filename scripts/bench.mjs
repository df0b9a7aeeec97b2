// `make bench`: measures the release build in dist/ and writes
// bench-report.json plus a readable summary. Times are reported here, never
// asserted by a test. Run on a quiet machine; figures vary between runs.
//
// - first-load bytes (raw, gzip, brotli) from scripts/budget.mjs;
// - startup: navigation to the start screen being interactive, in headless
//   Chromium with 4x CPU slowdown, a fresh browser profile each run;
// - answer to next question: a click on "Next" to the next question painted,
//   same slowdown;
// - Lighthouse (mobile preset) performance, accessibility, best practices;
// - the wasm by crate and by function (scripts/wasm-sizes.mjs).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { startNginx } from './nginx.mjs';
import { firstLoad, BUDGET_BROTLI } from './budget.mjs';
import { breakdown } from './wasm-sizes.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support.mjs';

const RUNS = 7;
const SLOWDOWN = 4;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

async function slowPage(browser) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  return { context, page };
}

async function startup(browser, origin) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await slowPage(browser);
    await page.goto(origin + '/');
    // Interactive: the app runs and has rendered the start screen's choice
    // buttons (index.html holds them, waiting, from the first byte).
    await page.waitForFunction(() => document.querySelector('#app:not([data-prerendered]) .choice') !== null, null, { polling: 'raf' });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return times;
}

async function answerToNext(browser, origin) {
  const { context, page } = await slowPage(browser);
  await page.goto(origin + '/');
  await page.locator('.choice').first().click();
  await page.locator('.button-start').click();
  // Skip the profile: choose nothing / the first option.
  const times = [];
  for (let i = 0; i < 30 && times.length < 15; i++) {
    await page.locator('form.step input').first().waitFor();
    const profile = (await page.locator('form.step-profile').count()) > 0;
    const story = (await page.locator('.story').count()) > 0;
    const first = page.locator('form.step input').first();
    if (!profile && !story) {
      await page.locator(`label[for="${await first.getAttribute('id')}"]`).click();
      // From the click on "Next" to the frame after the new heading is in place.
      const ms = await page.evaluate(
        () =>
          new Promise((done) => {
            const heading = document.querySelector('h1').textContent;
            const button = document.querySelector('form.step button[type=submit]');
            const observer = new MutationObserver(() => {
              if (document.querySelector('h1')?.textContent !== heading) {
                observer.disconnect();
                const dom = performance.now() - start;
                requestAnimationFrame(() => done({ frame: performance.now() - start, dom }));
              }
            });
            observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
            const start = performance.now();
            button.click();
          }),
      );
      times.push(ms);
      continue;
    }
    const before = await page.locator('h1').textContent();
    if (profile && (await first.getAttribute('type')) === 'radio') await page.locator(`label[for="${await first.getAttribute('id')}"]`).click();
    if (story) {
      await page.locator(`label[for="${await first.getAttribute('id')}"]`).click();
      await page.locator('form.step button[type=submit]').click();
      await page.locator('.feedback').waitFor();
    }
    if (profile && (await page.locator('form.step .button-secondary').count())) await page.locator('form.step .button-secondary').click();
    else await page.locator('form.step button[type=submit]').click();
    await page.waitForFunction((prev) => document.querySelector('h1')?.textContent !== prev, before);
  }
  await context.close();
  return times;
}

async function lighthouse(origin, out = 'target/bench/lighthouse.json') {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  // Asynchronous: the server answering Lighthouse runs in this process.
  await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [origin + '/', '--quiet', `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${out}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  return JSON.parse(await readFile(out, 'utf8'));
}

function namedWasm() {
  // The same optimisation as the shipped file, but keeping function names.
  const dir = 'target/bench/wasm';
  execFileSync('wasm-bindgen', ['target/wasm32-unknown-unknown/release/veilig-check.wasm', '--target', 'web', '--out-dir', dir]);
  execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-reference-types', `${dir}/veilig-check_bg.wasm`, '-o', `${dir}/named.wasm`]);
  return readFile(`${dir}/named.wasm`);
}

await mkdir('target/bench', { recursive: true });
const sizes = await firstLoad('dist');
const server = await startServer('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
let report;
try {
  const starts = await startup(browser, server.origin);
  const measured = await answerToNext(browser, server.origin);
  const answers = measured.map((m) => m.frame);
  const updates = measured.map((m) => m.dom);
  // Three Lighthouse runs; the paint figures are the median of the three.
  const lhRuns = [];
  for (let i = 1; i <= 3; i++) lhRuns.push(await lighthouse(server.origin, `target/bench/lighthouse-${i}.json`));
  const lh = lhRuns[0];
  const paint = (id) => lhRuns.map((run) => run.audits[id].numericValue);
  // The same page from Debian's nginx with deploy/nginx/: the headers a real
  // host sends (CSP, Permissions-Policy, HSTS, …) count in best practices.
  const nginx = await startNginx('dist');
  const lhNginx = await lighthouse(nginx.origin, 'target/bench/lighthouse-nginx.json').finally(() => nginx.close());
  const wasm = breakdown(await namedWasm());
  report = {
    date: new Date().toISOString(),
    first_load_bytes_brotli: sizes.first_load_bytes_brotli,
    first_load_bytes_gzip: sizes.first_load_bytes_gzip,
    first_load_bytes_raw: sizes.first_load_bytes_raw,
    first_load_budget_brotli: BUDGET_BROTLI,
    language_fill_bytes_brotli: sizes.language_fill_bytes_brotli,
    split_fill_bytes_brotli: sizes.split_fill_bytes_brotli,
    wasm_bytes_raw: sizes.wasm_bytes_raw,
    js_bytes_raw: sizes.js_bytes_raw,
    css_bytes_raw: sizes.css_bytes_raw,
    cpu_slowdown: SLOWDOWN,
    startup_ms_median: round(median(starts)),
    startup_ms_runs: starts.map(round),
    answer_to_next_question_ms_median: round(median(answers)),
    answer_to_next_question_ms_runs: answers.map(round),
    // The app's own work: from the click until the new question is in the DOM
    // (the rest of the figure above is waiting for the browser's next frame).
    answer_dom_update_ms_median: round(median(updates)),
    answer_dom_update_ms_runs: updates.map(round),
    lighthouse_version: lh.lighthouseVersion,
    lighthouse_form_factor: lh.configSettings.formFactor,
    lighthouse_performance: Math.round(lh.categories.performance.score * 100),
    lighthouse_accessibility: Math.round(lh.categories.accessibility.score * 100),
    lighthouse_best_practices: Math.round(lh.categories['best-practices'].score * 100),
    lighthouse_nginx_performance: Math.round(lhNginx.categories.performance.score * 100),
    lighthouse_nginx_accessibility: Math.round(lhNginx.categories.accessibility.score * 100),
    lighthouse_nginx_best_practices: Math.round(lhNginx.categories['best-practices'].score * 100),
    lighthouse_nginx_failed_best_practices: lhNginx.categories['best-practices'].auditRefs
      .filter((ref) => ref.weight > 0 && lhNginx.audits[ref.id].score !== null && lhNginx.audits[ref.id].score < 1)
      .map((ref) => ref.id),
    // Milliseconds (CLS unitless), each the median of three runs, with the runs.
    lighthouse_fcp_ms_median: round(median(paint('first-contentful-paint'))),
    lighthouse_lcp_ms_median: round(median(paint('largest-contentful-paint'))),
    lighthouse_cls_median: median(paint('cumulative-layout-shift')),
    lighthouse_fcp_ms_runs: paint('first-contentful-paint').map(round),
    lighthouse_lcp_ms_runs: paint('largest-contentful-paint').map(round),
    lighthouse_cls_runs: paint('cumulative-layout-shift'),
    index_html_bytes_brotli: sizes.files.find((f) => f.path === '/index.html')?.brotli,
    lighthouse_metrics: Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'interactive'].map((id) => [id, lh.audits[id].displayValue]),
    ),
    files: sizes.files,
    wasm_code_bytes_named_build: wasm.code_bytes,
    wasm_data_bytes_named_build: wasm.data_bytes,
    wasm_by_crate: wasm.crates.slice(0, 15),
    wasm_largest_functions: wasm.functions.slice(0, 15),
  };
} finally {
  await browser.close();
  await server.close();
}
await writeFile('bench-report.json', JSON.stringify(report, null, 2) + '\n');

const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const summary = [
  `Digitaal Veilig Check benchmark, ${report.date}`,
  `first load      ${kb(report.first_load_bytes_brotli)} brotli, ${kb(report.first_load_bytes_gzip)} gzip, ${kb(report.first_load_bytes_raw)} raw (budget ${kb(BUDGET_BROTLI)} brotli)`,
  `language packs  ${kb(report.language_fill_bytes_brotli)} brotli (the checks' texts, other languages), filled in by the service worker after the first load`,
  `split-off code  ${kb(report.split_fill_bytes_brotli)} brotli (a check, the seldom-seen screens, the idle dialog, the stored records), loaded when first needed and filled in the same way`,
  `wasm / js / css ${kb(report.wasm_bytes_raw)} / ${kb(report.js_bytes_raw)} / ${kb(report.css_bytes_raw)} raw`,
  `startup         ${report.startup_ms_median} ms median of ${RUNS} (${SLOWDOWN}x CPU slowdown)`,
  `answer → next   ${report.answer_to_next_question_ms_median} ms median to the next frame, of which ${report.answer_dom_update_ms_median} ms the app's update (${report.answer_to_next_question_ms_runs.length} answers, ${SLOWDOWN}x CPU slowdown)`,
  `lighthouse ${report.lighthouse_version} (${report.lighthouse_form_factor})  performance ${report.lighthouse_performance}, accessibility ${report.lighthouse_accessibility}, best practices ${report.lighthouse_best_practices}`,
  `                ${Object.entries(report.lighthouse_metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  `paint (median of 3 Lighthouse runs)  first contentful ${report.lighthouse_fcp_ms_median} ms, largest contentful ${report.lighthouse_lcp_ms_median} ms, CLS ${report.lighthouse_cls_median}; index.html ${report.index_html_bytes_brotli} B brotli (the first round trip holds about 14.6 kB)`,
  `  behind nginx  performance ${report.lighthouse_nginx_performance}, accessibility ${report.lighthouse_nginx_accessibility}, best practices ${report.lighthouse_nginx_best_practices}${report.lighthouse_nginx_failed_best_practices.length ? ` (not passed: ${report.lighthouse_nginx_failed_best_practices.join(', ')})` : ''}`,
  `wasm by crate   ${report.wasm_by_crate.slice(0, 6).map((c) => `${c.crate} ${kb(c.size)}`).join(', ')}; data ${kb(report.wasm_data_bytes_named_build)}`,
].join('\n');
console.log(summary);
await writeFile('target/bench/summary.txt', summary + '\n');
