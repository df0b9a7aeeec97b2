// Renders public/icon.svg to the PNG sizes the web app manifest lists, with
// Debian's Chromium. Run by hand after changing the icon (`node scripts/icons.mjs`);
// the PNGs are committed, so a build needs no image tools.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support.mjs';

const svg = await readFile('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  for (const [size, name, padding] of [
    [192, 'icon-192.png', 0],
    [512, 'icon-512.png', 0],
    [512, 'icon-maskable-512.png', 0.1],
    [180, 'apple-touch-icon.png', 0],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // A maskable icon keeps its picture inside the safe zone: a full-bleed
    // background with the shield smaller in the middle.
    const inner = Math.round(size * (1 - 2 * padding));
    // Full bleed where the platform cuts its own shape (maskable, Apple).
    const background = padding > 0 || name.startsWith('apple') ? '#154273' : 'transparent';
    await page.setContent(
      `<body style="margin:0;background:${background};display:grid;place-items:center;width:${size}px;height:${size}px">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
    );
    await page.screenshot({ path: `public/${name}`, omitBackground: background === 'transparent' });
    await page.close();
  }
} finally {
  await browser.close();
}
