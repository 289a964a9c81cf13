import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readmeShot, ROOT, shot, type ExtensionBrowser } from './browser';

const SAMPLES = ['keap-export.csv', 'duplicates.csv', 'semicolon-export.csv'];
const PANEL = '[data-preflight-panel]';

/** What the checker page showed for one file, to hold the reports page to. */
interface Checked {
  name: string;
  /** The report id the background kept it under (`[data-kept]`). */
  id: number;
  counts: string[];
  summary: string;
  cleaned: Buffer;
}

/** Every `[data-code][data-count]` item of the summary, in page order, as "code=count". */
function shownCounts(page: Page): Promise<string[]> {
  return page.$$eval('[data-code][data-count]', (items) =>
    items.map((item) => `${item.getAttribute('data-code')}=${item.getAttribute('data-count')}`),
  );
}

async function download(page: Page, action: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-action="${action}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/**
 * Checks a sample on checker.html and waits until the background has kept its report. The page
 * loads the options' settings first: the date format it shows tells when they are in.
 */
async function checkSample(
  browser: ExtensionBrowser,
  name: string,
  dateFormat = 'MM/DD/YYYY',
): Promise<Checked> {
  const page = await browser.openExtensionPage('checker.html');
  try {
    await page.waitForFunction(
      (format) =>
        document.querySelector<HTMLSelectElement>('select[name="dateFormat"]')?.value === format,
      dateFormat,
    );
    await page.locator('input[type=file]').setInputFiles(path.join(ROOT, 'assets/samples', name));
    await page.locator(`${PANEL}[data-state="done"]`).waitFor({ timeout: 30_000 });
    const kept = page.locator('[data-kept]');
    await kept.waitFor();
    const id = Number(await kept.getAttribute('data-kept'));
    expect(id, `the report of ${name} was not kept: ${await kept.innerText()}`).toBeGreaterThan(0);
    return {
      name,
      id,
      counts: await shownCounts(page),
      summary: await page.locator('.summary').innerText(),
      cleaned: (await download(page, 'download-cleaned')).bytes,
    };
  } finally {
    await page.close();
  }
}

/** The `data-report` ids and file names a page lists, in order. */
async function listed(page: Page, name = '.report-item-name, .recent-name') {
  return page.$$eval(
    '[data-report]',
    (items, selector) =>
      items.map((item) => ({
        id: Number(item.getAttribute('data-report')),
        name: item.querySelector(selector)?.textContent ?? '',
      })),
    name,
  );
}

describe('reports history (reports.html and the popup)', () => {
  let browser: ExtensionBrowser;
  const checked: Checked[] = [];
  const byName = (name: string) => checked.find((entry) => entry.name === name)!;
  /** The ids the list should show, newest first. */
  const newestFirst = () => [...checked].reverse().map(({ id, name }) => ({ id, name }));

  beforeAll(async () => {
    browser = await launchExtension();
    for (const name of SAMPLES) checked.push(await checkSample(browser, name));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openReports(query = ''): Promise<Page> {
    const page = await browser.openExtensionPage(`reports.html${query}`);
    await page.locator('[data-preflight-reports]').waitFor();
    return page;
  }

  async function popupList(): Promise<{ id: number; name: string }[]> {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator('.recent').waitFor();
    const items = await listed(popup);
    await popup.close();
    return items;
  }

  it('shows the latest reports in the popup, and opens one in a tab', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator('.recent [data-report]').first().waitFor();
    const items = await listed(popup);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items).toEqual(newestFirst());
    expect(await popup.locator('[data-action="open-reports"]').count()).toBe(1);
    await shot(popup, 'reports-popup');
    const first = items[0]!;
    const [tab] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.locator(`[data-report="${first.id}"] a`).click(),
    ]);
    await tab.locator(`[data-report-page="${first.id}"]`).waitFor();
    expect(tab.url()).toBe(browser.extensionUrl(`reports.html?report=${first.id}`));
    await tab.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('lists every report newest first, with counts, and filters them', async () => {
    const page = await openReports();
    await page.locator('[data-report]').first().waitFor();
    expect(await listed(page)).toEqual(newestFirst());
    const keap = page.locator(`[data-report="${byName('keap-export.csv').id}"]`);
    expect(await keap.locator('[data-outcome="row-skipped"]').innerText()).toBe('Skipped 7');
    await shot(page, 'reports-list');

    await page.fill('input[name="search"]', 'KEAP');
    expect((await listed(page)).map((entry) => entry.name)).toEqual(['keap-export.csv']);
    await page.fill('input[name="search"]', 'no such file');
    await page.locator('[data-empty]').waitFor();
    await page.fill('input[name="search"]', '');
    await page.selectOption('select[name="range"]', 'today');
    expect(await listed(page)).toHaveLength(3);
    // Every sample was checked on the checker page (site null): the only site to pick.
    const sites = await page.$$eval('select[name="site"] option', (options) =>
      options.map((option) => option.textContent),
    );
    expect(sites).toEqual(['All sites', 'Preflight checker']);
    await page.selectOption('select[name="site"]', 'checker');
    expect(await listed(page)).toHaveLength(3);
    await page.close();
  });

  it('opens a report as the checker showed it, and Back returns to the list', async () => {
    const keap = byName('keap-export.csv');
    const page = await openReports();
    await page.locator(`[data-report="${keap.id}"] a`).click();
    await page.locator(`[data-report-page="${keap.id}"] .summary`).waitFor();
    expect(page.url()).toBe(browser.extensionUrl(`reports.html?report=${keap.id}`));
    expect(await shownCounts(page)).toEqual(keap.counts);
    expect(await page.locator('.summary').innerText()).toBe(keap.summary);
    const facts = await page.locator('.report-facts').innerText();
    for (const fact of ['Preflight checker', 'US', 'MM/DD/YYYY', 'Email']) {
      expect(facts).toContain(fact);
    }
    await page.locator('[data-row="8"][data-class="row-skipped"]').waitFor();
    const cleaned = await download(page, 'download-cleaned');
    expect(cleaned.name).toBe('keap-export-cleaned.csv');
    expect(cleaned.bytes.equals(keap.cleaned)).toBe(true);
    await shot(page, 'reports-report');

    await page.goBack();
    await page.locator('[data-report]').first().waitFor();
    expect(await listed(page)).toHaveLength(3);
    await page.goForward();
    await page.locator(`[data-report-page="${keap.id}"]`).waitFor();
    await page.close();
  });

  it('says plainly when a report no longer exists', async () => {
    const page = await openReports('?report=9999');
    const missing = page.locator('[data-report-missing="9999"]');
    await missing.waitFor();
    expect(await missing.innerText()).toContain('Report 9999 no longer exists');
    await page.close();
  });

  it('compares two attempts at the same file: counts, file and settings', async () => {
    // A second attempt at the Keap file, with another date format (set where every check starts).
    const options = await browser.openExtensionPage('options.html');
    await options.selectOption('select[name="dateFormat"]', 'DD/MM/YYYY');
    await options.locator('text=Saved.').waitFor();
    const second = await checkSample(browser, 'keap-export.csv', 'DD/MM/YYYY');
    checked.push(second);
    await options.selectOption('select[name="dateFormat"]', 'MM/DD/YYYY');
    await options.close();

    const first = byName('keap-export.csv');
    const page = await openReports(`?report=${first.id}`);
    await page.locator('select[name="compare"]').waitFor();
    // Only the other attempt at the same file is offered.
    const offered = await page.$$eval('select[name="compare"] option', (options) =>
      options.map((option) => option.getAttribute('value')).filter(Boolean),
    );
    expect(offered).toEqual([String(second.id)]);
    await shot(page, 'reports-report-attempts');
    await page.selectOption('select[name="compare"]', String(second.id));
    await page.locator(`[data-compare="${first.id},${second.id}"]`).waitFor();
    expect(page.url()).toBe(browser.extensionUrl(`reports.html?compare=${first.id},${second.id}`));
    expect(await page.locator('[data-file-changed]').getAttribute('data-file-changed')).toBe(
      'false',
    );
    expect(await page.locator('[data-setting="dateFormat"]').innerText()).toMatch(
      /MM\/DD\/YYYY\s+DD\/MM\/YYYY/,
    );
    // After the fixes first: the same two attempts' verdicts, as the checker counted them.
    const ready = page.locator('[data-compare-verdict="ready"]');
    expect(await ready.getAttribute('data-before')).toBe('17');
    const total = page.locator('[data-compare-row="total"]');
    expect(await total.getAttribute('data-before')).toBe('24');
    expect(await total.getAttribute('data-after')).toBe('24');
    // The per-code table holds what each attempt's checker summary counted.
    const perCode = (counts: string[]) => {
      const totals: Record<string, number> = {};
      for (const item of counts) {
        const [code, n] = item.split('=') as [string, string];
        totals[code] = (totals[code] ?? 0) + Number(n);
      }
      return totals;
    };
    const table = await page.$$eval('[data-compare-code]', (rows) =>
      rows.map((row) => [
        row.getAttribute('data-compare-code'),
        Number(row.getAttribute('data-before')),
        Number(row.getAttribute('data-after')),
      ]),
    );
    const before = perCode(first.counts);
    const after = perCode(second.counts);
    expect(table).toEqual(
      [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .sort()
        .map((code) => [code, before[code] ?? 0, after[code] ?? 0]),
    );
    readmeShot(await shot(page, 'reports-compare'), 'reports-compare');
    await page.close();
  });

  it('deletes one report after asking: it leaves the list and the popup', async () => {
    const gone = byName('duplicates.csv');
    const page = await openReports(`?report=${gone.id}`);
    await page.locator('[data-action="delete-report"]').click();
    await shot(page, 'reports-delete-confirm');
    await page.locator('[data-confirm="delete-report"] [data-action="confirm"]').click();
    await page.locator('.report-list').waitFor();
    expect(page.url()).toBe(browser.extensionUrl('reports.html'));
    checked.splice(checked.indexOf(gone), 1);
    // The background answers once it has deleted; the page hears of it a moment later.
    await expect.poll(() => listed(page)).toEqual(newestFirst());
    expect(await popupList()).toEqual(newestFirst());
    await page.close();
  });

  it('exports every report as JSON, with what each showed', async () => {
    const page = await openReports();
    await page.locator('[data-report]').first().waitFor();
    const exported = await download(page, 'export-reports');
    expect(exported.name).toMatch(/^preflight-reports-\d{4}-\d{2}-\d{2}\.json$/);
    const { reports } = JSON.parse(exported.bytes.toString('utf8')) as {
      reports: { id: number; fileName: string; outcome: { cleaned: string } }[];
    };
    expect(reports.map(({ id, fileName }) => ({ id, name: fileName }))).toEqual(newestFirst());
    const keap = byName('keap-export.csv');
    expect(reports.find((report) => report.id === keap.id)?.outcome.cleaned).toBe(
      keap.cleaned.toString('utf8'),
    );
    await page.close();
  });

  it('clears every report after asking, and Cancel keeps them', async () => {
    const page = await openReports();
    await page.locator('[data-report]').first().waitFor();
    // Asked from the keyboard: the focus is on Cancel before the next key can arrive (a task
    // later), so a second Enter cancels rather than lands on the button behind the question.
    const onCancelNext = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.querySelector<HTMLButtonElement>('[data-action="clear-reports"]')?.click();
          setTimeout(() =>
            resolve(document.activeElement?.matches('[data-action="cancel"]') ?? false),
          );
        }),
    );
    expect(onCancelNext).toBe(true);
    await page.locator('[data-confirm="clear-reports"] [data-action="cancel"]').click();
    expect(await listed(page)).toHaveLength(checked.length);
    await page.locator('[data-action="clear-reports"]').click();
    await shot(page, 'reports-clear-confirm');
    await page.locator('[data-confirm="clear-reports"] [data-action="confirm"]').click();
    await page.locator('[data-empty]').waitFor();
    expect(await page.locator('[data-report]').count()).toBe(0);
    expect(await popupList()).toEqual([]);
    await page.close();
  });
});
