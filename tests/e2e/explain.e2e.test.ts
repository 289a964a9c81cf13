import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, shot, type ExtensionBrowser } from './browser';
import { pickFile } from './user-input';

const FIXTURES = path.join(ROOT, 'tests/fixtures/error-logs');
const LOG = path.join(FIXTURES, 'names-by-email.csv');
const ORIGINAL = path.join(FIXTURES, 'original.csv');

async function download(page: Page, action: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** The explain view, once the reports page has read the history and shows it. */
async function openExplain(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.openExtensionPage('reports.html?explain');
  await page.locator('[data-pick="log"]').waitFor();
  return page;
}

async function explain(page: Page) {
  await page.locator('[data-action="explain"]').click();
  await page.locator('[data-explain-page][data-state="done"]').waitFor({ timeout: 30_000 });
}

describe('explain an error log, on the reports page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(() => browser?.close());

  it('is a link away from the reports list and the popup', async () => {
    const reports = await browser.openExtensionPage('reports.html');
    await reports.locator('a.open-explain').click();
    await reports.locator('[data-explain-page]').waitFor();
    expect(new URL(reports.url()).search).toBe('?explain');
    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator('[data-action="open-explain"]').waitFor();
    await Promise.all([reports.close(), popup.close()]);
  });

  it('explains a log alone: each code, and asks for the file that was imported', async () => {
    const page = await openExplain(browser);
    await pickFile(page, '[data-pick="log"]', LOG);
    await explain(page);
    expect(await page.locator('[data-explained-rows]').getAttribute('data-explained-rows')).toBe(
      '5',
    );
    expect(
      await page.$$eval('[data-code]', (cards) => cards.map((c) => c.getAttribute('data-code'))),
    ).toEqual(['1008', '1011', '1013', '1014', '1020']);
    expect(await page.locator('[data-verdict-log]').innerText()).toContain(
      'the file you imported is not known',
    );
    await page.close();
  });

  it('with the original: found rows, predictions, both files and who needs you', async () => {
    const page = await openExplain(browser);
    await pickFile(page, '[data-pick="log"]', LOG);
    await pickFile(page, '[data-pick="original"]', ORIGINAL);
    await explain(page);
    expect(await page.locator('[data-verdict-log]').innerText()).toContain(
      '5 found in original.csv',
    );
    expect(
      await page.locator('[data-code="1014"] [data-predicted]').getAttribute('data-predicted'),
    ).toBe('1');
    const create = await download(page, 'download-create');
    expect(create).toEqual({
      name: 'names-by-email-create.csv',
      text: 'First Name,Last Name,Email,Phone,Birthday\r\nFlo,Hu,flo@example.com,+12025550150,',
    });
    expect((await download(page, 'download-update')).text).toBe(
      'Email,Birthday\r\ncy@example.com,07/04/1981',
    );
    expect(
      await page.$$eval('[data-needs-you-line]', (rows) =>
        rows.map((r) => r.getAttribute('data-needs-you-line')),
      ),
    ).toEqual(['2', '4', '6']);
    await shot(page, 'explain-log');
    await page.close();
  });

  it('reads another layout: semicolons, row numbers, several codes a cell', async () => {
    const page = await openExplain(browser);
    await pickFile(page, '[data-pick="log"]', path.join(FIXTURES, 'codes-with-rows.csv'));
    await pickFile(page, '[data-pick="original"]', ORIGINAL);
    await explain(page);
    expect(await page.locator('[data-explained-rows]').getAttribute('data-explained-rows')).toBe(
      '3',
    );
    expect(await page.locator('[data-verdict-log]').innerText()).toContain(
      '3 found in original.csv',
    );
    expect(
      await page.$$eval('[data-code]', (cards) => cards.map((c) => c.getAttribute('data-code'))),
    ).toEqual(['1008', '1013', '1014', '1020']);
    expect((await download(page, 'download-create')).text).toContain('Flo,Hu,flo@example.com');
    await page.close();
  });

  it('takes a kept report of the original without asking', async () => {
    const checker = await browser.openExtensionPage('checker.html');
    await pickFile(checker, 'input[type=file]', ORIGINAL);
    await checker.locator('[data-kept]').waitFor({ timeout: 30_000 });
    await checker.close();
    const page = await openExplain(browser);
    await pickFile(page, '[data-pick="log"]', LOG);
    await explain(page);
    expect(await page.locator('[data-verdict-log]').innerText()).toContain(
      '5 found in original.csv',
    );
    expect((await download(page, 'download-update')).text).toBe(
      'Email,Birthday\r\ncy@example.com,07/04/1981',
    );
    await page.close();
  });

  it('says clearly when the file is not an error log', async () => {
    const page = await openExplain(browser);
    await pickFile(page, '[data-pick="log"]', ORIGINAL);
    await explain(page);
    expect(await page.locator('[data-explain-error]').innerText()).toMatch(
      /not an import error log/,
    );
    await page.close();
  });
});
