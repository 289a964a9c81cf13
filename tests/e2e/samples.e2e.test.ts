import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/types';
import { verdictOf } from '../../lib/verdict';
import { SAMPLES } from '../../components/panel/samples';
import { launchExtension, ROOT, shot, type ExtensionBrowser } from './browser';

const PANEL = '[data-preflight-panel]';

/** What `npm run -s preflight -- check assets/samples/<id>.csv --json` reports for a sample. */
function cliReport(id: string, exampleSettings: boolean): Report {
  const args = ['scripts/cli.mjs', 'check', `assets/samples/${id}.csv`, '--json'];
  if (exampleSettings) args.push('--settings', 'assets/samples/settings.example.json');
  const done = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (done.stderr) throw new Error(done.stderr);
  return JSON.parse(done.stdout) as Report;
}

/** The verdict the page shows, as the CLI's report's verdict is shaped. */
async function shownVerdict(page: Page) {
  const verdict = page.locator('[data-verdict]');
  const read = async (name: string) => Number(await verdict.getAttribute(name));
  return {
    ready: await read('data-ready'),
    fixed: await read('data-fixed'),
    needYou: await read('data-need-you'),
  };
}

/** Per code, the summary's counts added up across outcome groups. */
async function shownByCode(page: Page): Promise<Record<string, number>> {
  const items = await page.$$eval('[data-code][data-count]', (found) =>
    found.map((item) => [item.getAttribute('data-code') ?? '', Number(item.dataset.count)]),
  );
  const totals: Record<string, number> = {};
  for (const [code, count] of items as [string, number][]) {
    totals[code] = (totals[code] ?? 0) + count;
  }
  return totals;
}

describe('the checker page’s samples, one click each', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchExtension();
    page = await browser.openExtensionPage('checker.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SAMPLES.map((sample) => [sample.id, sample] as const))(
    '%s: the report the command line gives',
    async (id, sample) => {
      // Waits for this sample's report: the previous one is done too.
      await page.locator(`button[data-sample="${id}"]`).click();
      await page
        .locator(`${PANEL}[data-state="done"] :text("${id}.csv")`)
        .first()
        .waitFor({ timeout: 30_000 });
      const expected = cliReport(id, sample.exampleSettings);
      const { ready, fixed, needYou } = verdictOf(expected);
      expect(await shownVerdict(page)).toEqual({ ready, fixed, needYou });
      expect(await shownByCode(page)).toEqual(expected.summary.byCode);
      if (id === 'duplicates') await shot(page, 'checker-sample-duplicates');
    },
  );

  it('checks a file picked after a sample with the options page’s settings again', async () => {
    await page.locator('button[data-sample="duplicates"]').click();
    await page.locator(`${PANEL}[data-state="done"] :text("duplicates.csv")`).first().waitFor();
    // The example's custom field makes 1005 the lifecycle stages' code; the defaults have none.
    expect(Object.keys(await shownByCode(page))).toContain('1005');
    await page.locator('input[type=file]').setInputFiles(`${ROOT}/assets/samples/duplicates.csv`);
    await page.locator('[data-code="1005"]').first().waitFor({ state: 'detached' });
    await page.locator(`${PANEL}[data-state="done"]`).waitFor();
    expect(await shownByCode(page)).toEqual(cliReport('duplicates', false).summary.byCode);
  });
});
