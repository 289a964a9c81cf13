import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  panelOf,
  ROOT,
  setLocalStorage,
  shot,
  startServer,
  storedReports,
  type ExtensionBrowser,
  type StaticServer,
} from './browser';
import { pickFile } from './user-input';

const SAMPLE = path.join(ROOT, 'assets/samples/keap-export.csv');

const IMPORT_SCREEN = `<!doctype html><title>Import contacts</title>
  <h1>Import contacts</h1><input type="file" id="upload" accept=".csv">`;

describe('the reports history, fed by the panel on an import screen', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchExtension();
    server = await startServer({ '/import': IMPORT_SCREEN });
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  const keptId = async (panel: Frame) =>
    Number(
      await (
        await panel.waitForSelector('[data-kept]:not([data-kept="failed"])')
      ).getAttribute('data-kept'),
    );

  it('keeps each check, under the site it was made on, and a re-run replaces it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/import'));
    await pickFile(page, '#upload', SAMPLE);
    const panel = await panelOf(page);
    const id = await keptId(panel);
    expect(id).toBeGreaterThan(0);
    await shot(page, 'history-panel-kept');

    // The panel's link opens the kept report in a tab of its own, with the panel's counts.
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      panel.click('[data-kept] a'),
    ]);
    await opened.waitForSelector(`[data-report-page="${id}"] [data-code="1011"]`);
    expect(await opened.locator('[data-code="1011"]').getAttribute('data-count')).toBe(
      await panel.locator('[data-code="1011"]').getAttribute('data-count'),
    );
    await opened.close();

    // The popup lists it among the latest reports.
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForSelector(`[data-report="${id}"]`);
    expect(await popup.locator(`[data-report="${id}"]`).textContent()).toContain('keap-export.csv');
    await popup.close();

    const reports = await browser.openExtensionPage('reports.html');
    await reports.waitForSelector(`[data-report="${id}"]`);
    expect(await reports.locator(`[data-report="${id}"]`).textContent()).toContain(
      'keap-export.csv',
    );
    expect(await storedReports(reports)).toMatchObject([
      { id, fileName: 'keap-export.csv', site: server.origin, settings: { country: 'US' } },
    ]);

    // The same file checked again with another country: one report, with the settings last used.
    await panel.fill('input[name="country"]', 'GB');
    await panel.press('input[name="country"]', 'Enter');
    await expect.poll(async () => (await storedReports(reports))[0]?.settings.country).toBe('GB');
    expect(await keptId(panel)).toBe(id);
    expect(await storedReports(reports)).toHaveLength(1);

    // A new pick (the file fixed by hand, say) is a new attempt: a second report.
    await pickFile(page, '#upload', {
      name: 'keap-export.csv',
      buffer: Buffer.concat([
        readFileSync(SAMPLE),
        Buffer.from('999,Zoe,Last,zoe@example.com\r\n'),
      ]),
    });
    await panel.waitForFunction((first) => {
      const kept = document.querySelector('[data-kept]')?.getAttribute('data-kept');
      return kept !== null && kept !== undefined && kept !== String(first);
    }, id);
    await expect.poll(async () => (await storedReports(reports)).length).toBe(2);
    await reports.close();
    await page.close();
  });

  it('lets reports go beyond the count kept, at the next check', async () => {
    const reports = await browser.openExtensionPage('reports.html');
    const before = (await storedReports(reports)).map((entry) => entry.id);
    expect(before.length).toBeGreaterThanOrEqual(2);
    await setLocalStorage(reports, { retention: { maxDays: 30, maxReports: 1 } });
    const checker = await browser.openExtensionPage('checker.html');
    await checker.locator('input[type=file]').setInputFiles(SAMPLE);
    const id = Number(
      await (
        await checker.waitForSelector('[data-kept]:not([data-kept="failed"])')
      ).getAttribute('data-kept'),
    );
    await expect
      .poll(async () => (await storedReports(reports)).map((entry) => entry.id))
      .toEqual([id]);
    // The list follows the database live: the reports let go leave the page without a reload.
    for (const gone of before) {
      await reports.locator(`[data-report="${gone}"]`).waitFor({ state: 'detached' });
    }
    await checker.close();
    await reports.close();
  });
});
