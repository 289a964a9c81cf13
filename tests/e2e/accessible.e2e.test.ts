/**
 * At home in the browser: focus moves into the panel when it opens and back to the page when it
 * folds, the result is announced to screen readers, and the browser's dark theme is followed.
 */
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { panelOf, readmeShot, ROOT, shot } from './browser';
import { onPlainImportScreen } from './stand-ins';
import { pickFile } from './user-input';

const SAMPLE = path.join(ROOT, 'assets/samples/keap-export.csv');

/** How light an element's computed background is, from 0 (black) to 1 (white). */
function backgroundLuminance(frame: Frame | Page, selector: string): Promise<number> {
  return frame.$eval(selector, (element) => {
    const [r = 0, g = 0, b = 0] = getComputedStyle(element)
      .backgroundColor.match(/\d+/g)!
      .map((channel) => Number(channel) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

describe('accessible and at home in the browser', () => {
  const stage = onPlainImportScreen();

  async function pickOnImportScreen(): Promise<{ page: Page; panel: Frame }> {
    const page = await stage.browser.context.newPage();
    await page.goto(stage.server.url('/plain-input'));
    await page.focus('#upload');
    await pickFile(page, '#upload', SAMPLE);
    return { page, panel: await panelOf(page) };
  }

  it('moves focus into the panel when it opens, and back to the uploader on Escape', async () => {
    const { page, panel } = await pickOnImportScreen();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-preflight-host')))
      .toBe(true);
    expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await panel.press('[data-preflight-panel]', 'Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('upload');
    await page.close();
  });

  it('announces the result to screen readers', async () => {
    const { page, panel } = await pickOnImportScreen();
    expect(await panel.textContent('.visually-hidden[role="status"]')).toBe(
      'Checked keap-export.csv: 17 rows ready to import, 4 fixed automatically, 7 need you.',
    );
    await page.close();
  });

  it("follows the browser's dark theme, in the panel and on the extension's pages", async () => {
    const { page, panel } = await pickOnImportScreen();
    expect(await backgroundLuminance(panel, 'body')).toBeGreaterThan(0.9);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => backgroundLuminance(panel, 'body')).toBeLessThan(0.2);
    readmeShot(await shot(page, 'panel-dark'), 'panel-dark');
    const checker = await stage.browser.openExtensionPage('checker.html');
    await checker.emulateMedia({ colorScheme: 'dark' });
    await checker.locator('input[type=file]').setInputFiles(SAMPLE);
    await checker.waitForSelector('[data-preflight-panel][data-state="done"]');
    expect(await backgroundLuminance(checker, 'body')).toBeLessThan(0.2);
    await shot(checker, 'checker-dark');
    await checker.close();
    await page.close();
  });
});
