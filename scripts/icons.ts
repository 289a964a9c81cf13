/**
 * `npm run icons`: renders assets/icon/icon.svg to the PNG sizes the browsers and the stores ask
 * for (public/icon/<size>.png, which WXT puts in the manifest), through Chromium, so that no image
 * tool is needed. Run it after changing the SVG; the PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync(path.join(ROOT, 'assets/icon/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
try {
  mkdirSync(path.join(ROOT, 'public/icon'), { recursive: true });
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({
      path: path.join(ROOT, `public/icon/${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
