import { describe, expect, it } from 'vitest';
import { panelOf, readmeShot, shot } from './browser';
import { onPlainImportScreen, received, receivedAtLeast } from './stand-ins';
import { pickFile } from './user-input';

/** Two contacts whose phones Preflight writes in E.164 and whose dates it rewrites. */
const FILE = {
  name: 'birthdays.csv',
  buffer: Buffer.from(
    'First Name,Email,Phone,Date of Birth\n' +
      'Ann,ann@example.com,(810) 292-9388,1979-07-23\n' +
      'Bob,bob@example.com,(504) 621-8927,1980-01-02\n',
  ),
};

describe('choosing the fixes in the panel', () => {
  const stage = onPlainImportScreen();

  it('turns the date fix off: the cleaned file keeps the dates, and the verdict says they are lost', async () => {
    const page = await stage.browser.context.newPage();
    await page.goto(stage.server.url('/plain-input'));
    await pickFile(page, '#upload', FILE);
    const panel = await panelOf(page);
    await panel.waitForSelector('[data-verdict][data-ready="2"][data-need-you="0"]');

    await panel.click('[data-fixes] > summary');
    const dates = panel.locator('input[data-fix-kind="dates"]');
    expect(await dates.isChecked()).toBe(true);
    expect(await panel.textContent('label:has(input[data-fix-kind="dates"])')).toContain('(2)');
    expect(await panel.textContent('label:has(input[data-fix-kind="phones"])')).toContain('(2)');

    await dates.uncheck();
    await panel.waitForSelector(
      '[data-preflight-panel][data-state="done"] [data-verdict][data-need-you="2"]',
    );
    expect(await panel.textContent('label:has(input[data-fix-kind="dates"])')).toContain(
      '(2 left as written)',
    );
    expect(await panel.textContent('[data-fixes] > summary')).toContain('1 turned off');
    await panel.locator('[data-fixes]').scrollIntoViewIfNeeded();
    readmeShot(await shot(page, 'fix-choices-dates-off'), 'fix-choices');

    await panel.click('[data-action="use-cleaned"]');
    await receivedAtLeast(page, 1);
    const [file] = await received(page);
    // The dates as written; the phones still in E.164.
    expect(file?.text).toContain('Ann,ann@example.com,+18102929388,1979-07-23');

    // On again: the dates are rewritten and nothing needs the user.
    await panel.locator('input[data-fix-kind="dates"]').check();
    await panel.waitForSelector(
      '[data-preflight-panel][data-state="done"] [data-verdict][data-need-you="0"]',
    );
    await page.close();
  });
});
