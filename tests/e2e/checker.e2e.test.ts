import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContacts } from '../../scripts/bench/generate';
import {
  launchExtension,
  ROOT,
  setLocalStorage,
  shot,
  UK_CONTACT,
  type ExtensionBrowser,
} from './browser';

const SAMPLE = path.join(ROOT, 'assets/samples/keap-export.csv');
const PANEL = '[data-preflight-panel]';

/** Waits until the panel has finished (done or error); fails with the page's message on error. */
async function waitForReport(page: Page, timeout = 30_000): Promise<void> {
  const finished = page.locator(`${PANEL}[data-state="done"], ${PANEL}[data-state="error"]`);
  await finished.waitFor({ state: 'attached', timeout });
  if ((await finished.getAttribute('data-state')) === 'error') {
    throw new Error(`The check failed: ${(await finished.innerText()).trim()}`);
  }
}

/** Fails naming the selector when no element matches it (a plain count says only "0"). */
async function expectPresent(page: Page, selector: string, context = ''): Promise<void> {
  const count = await page.locator(selector).count();
  expect(count, `no element matches ${selector}${context}`).toBeGreaterThan(0);
}

/** Every `[data-code][data-count]` item of the summary, in page order, as "code=count". */
async function shownCounts(page: Page): Promise<string[]> {
  return page.$$eval('[data-code][data-count]', (items) =>
    items.map((item) => `${item.getAttribute('data-code')}=${item.getAttribute('data-count')}`),
  );
}

describe('Check a file page (checker.html)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('with the Keap sample', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.openExtensionPage('checker.html');
      const input = page.locator('input[type=file]');
      await input.waitFor({ state: 'attached' });
      await shot(page, 'checker-empty');
      await input.setInputFiles(SAMPLE);
      await waitForReport(page);
      await shot(page, 'checker-report');
    });
    afterAll(async () => {
      await page?.close();
    });

    it('counts issues by outcome, then by code', async () => {
      // A code can sit under two outcomes: 1008 skips two rows and only notes a typo in a third.
      expect(await shownCounts(page)).toEqual([
        ...['1008=2', '1009=3', '1021=2'],
        ...['1014=3', 'PF10=1', 'PF07=1'],
        '1011=2',
        // PF07's notice: the Phone 2 column moves to Additional Phones.
        ...['PF06=1', '1015=1', 'PF10=1', '1008=1', 'PF17=1', 'PF09=1', 'PF07=1'],
      ]);
    });

    it('says how many of each code the cleaned file fixed', async () => {
      const note = (outcome: string, code: string) =>
        page.locator(`.outcome-${outcome} [data-code="${code}"] [data-fixed]`);
      // Listed by what HighLevel would do without the fixes: every date is rewritten, one of two
      // bad emails repaired, no missing email made up.
      expect(await note('field-dropped', '1014').innerText()).toBe('all fixed');
      expect(await note('row-skipped', '1008').innerText()).toBe('1 fixed');
      expect(await note('row-skipped', '1009').count()).toBe(0);
    });

    it('marks the skipped row and its cell in the grid', async () => {
      await expectPresent(page, '[data-row="8"][data-class="row-skipped"] [data-issue="1008"]');
    });

    it("shows a code's rows from the summary, its first cell selected and in view", async () => {
      // 1008 is in two classes here (a skipped row, a typo notice): each offers the code's rows.
      await page.locator('.outcome-row-skipped [data-show-code="1008"]').click();
      expect(await page.locator('select[name="filter"]').inputValue()).toBe('code:1008');
      expect(
        await page.$$eval('[role="grid"] [data-row]', (rows) =>
          rows.map((r) => r.getAttribute('data-row')),
        ),
      ).toEqual(['8', '9', '11']);
      const selected = page.locator('[data-cell="8:Email"][aria-selected="true"]');
      await selected.waitFor();
      expect(await selected.isVisible()).toBe(true);
      expect(await page.locator('[data-cell-reason]').innerText()).toMatch(/^Row 8, Email: 1008/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
      await shot(page, 'checker-show-rows');
      await page.locator('select[name="filter"]').selectOption('problems');
    });

    it('offers the three downloads', async () => {
      for (const action of ['download-cleaned', 'download-rejected', 'download-report']) {
        await expectPresent(page, `[data-action="${action}"]`);
      }
    });

    it('downloads the cleaned file', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-action="download-cleaned"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe('keap-export-cleaned.csv');
      const cleaned = readFileSync(await download.path(), 'utf8');
      expect(cleaned.startsWith('Id,First Name,Last Name,Email,Phone 1,')).toBe(true);
      expect(cleaned).toContain('+18102929388');
    });

    it('downloads the rejected rows, each with why', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-action="download-rejected"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe('keap-export-rejected.csv');
      const rows = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8')).data;
      expect(rows[0]?.slice(0, 3)).toEqual(['Preflight row', 'Preflight reason', 'Id']);
      expect(rows.slice(1).map((row) => row.slice(0, 2))).toEqual([
        ['8', '1008 Failed validation of Email (Email)'],
        ['23', '1009 Empty unique property value | 1021 No email, phone, first name and last name'],
        ['24', '1009 Empty unique property value'],
        ['25', '1009 Empty unique property value | 1021 No email, phone, first name and last name'],
      ]);
    });
  });

  it('finishes a 10,000-row file', async () => {
    const generated = generateContacts(10_000);
    const page = await browser.openExtensionPage('checker.html');
    const started = performance.now();
    await page.locator('input[type=file]').setInputFiles({
      name: 'contacts-10k.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(generated.bytes),
    });
    await waitForReport(page, 50_000);
    const seconds = (performance.now() - started) / 1000;
    console.log(`10,000 rows checked in the page in ${seconds.toFixed(2)} s`);
    await expectPresent(page, `${PANEL}[data-state="done"]`);
    // The page shows what the engine found: per code, its counts (across outcome groups) add up
    // to the problems the generator planted.
    const totals: Record<string, number> = {};
    for (const item of await shownCounts(page)) {
      const [code, n] = item.split('=') as [string, string];
      totals[code] = (totals[code] ?? 0) + Number(n);
    }
    expect(totals).toEqual(generated.expected);
    await shot(page, 'checker-10k');
    await page.close();
  });

  it('re-judges the file at once when a setting changes', async () => {
    const page = await browser.openExtensionPage('checker.html');
    await page.locator('input[type=file]').setInputFiles(UK_CONTACT);
    await waitForReport(page);
    expect(await shownCounts(page)).toEqual(['1013=1']);
    await page.fill('input[name="country"]', 'GB');
    await page.press('input[name="country"]', 'Enter');
    await page
      .locator(`${PANEL}[data-state="done"] [data-code="1013"]`)
      .waitFor({ state: 'detached' });
    await waitForReport(page);
    expect(await shownCounts(page)).toEqual([]);
    await page.selectOption('select[name="filter"]', 'all');
    expect(await page.locator('[data-row="2"] [role="gridcell"]').last().textContent()).toContain(
      '+447911123456',
    );
    await page.close();
  });

  it('says plainly what a file that is not a CSV is, with nothing to clean', async () => {
    const page = await browser.openExtensionPage('checker.html');
    await page.locator('input[type=file]').setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', 'latin1'),
    });
    await waitForReport(page);
    expect(await shownCounts(page)).toEqual(['1007=1']);
    expect(await page.locator('[data-code="1007"]').innerText()).toContain(
      'This is a PDF document',
    );
    expect(await page.locator('[data-action="download-cleaned"]').count()).toBe(0);
    await shot(page, 'checker-not-csv');
    await page.close();
  });

  it("starts from the options page's settings", async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.fill('input[name="country"]', 'GB');
    await options.press('input[name="country"]', 'Enter');
    await options.locator('text=Saved.').waitFor();
    const page = await browser.openExtensionPage('checker.html');
    expect(await page.inputValue('input[name="country"]')).toBe('GB');
    await page.locator('input[type=file]').setInputFiles(UK_CONTACT);
    await waitForReport(page);
    expect(await shownCounts(page)).toEqual([]);
    // Back to the default for the other tests.
    await options.fill('input[name="country"]', 'US');
    await options.press('input[name="country"]', 'Enter');
    await options.close();
    await page.close();
  });

  it('follows the options live: a setting saved elsewhere re-runs the open check', async () => {
    const page = await browser.openExtensionPage('checker.html');
    await page.locator('input[type=file]').setInputFiles(UK_CONTACT);
    await waitForReport(page);
    expect(await shownCounts(page)).toEqual(['1013=1']);
    // Saved from another extension page, as the options page (or an imported settings file) does.
    const other = await browser.openExtensionPage('popup.html');
    const saveCountry = (country: string) => setLocalStorage(other, { settings: { country } });
    await saveCountry('GB');
    await page.locator(`${PANEL} [data-code="1013"]`).waitFor({ state: 'detached' });
    await waitForReport(page);
    expect(await page.inputValue('input[name="country"]')).toBe('GB');
    expect(await shownCounts(page)).toEqual([]);
    await saveCountry('US');
    await other.close();
    await page.close();
  });
});
