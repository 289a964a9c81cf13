import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { panelOf } from './browser';
import { onPlainImportScreen, received, receivedAtLeast } from './stand-ins';
import { pickFile } from './user-input';

/**
 * Row 3's email is not an address (HighLevel would skip it); "E-mail Address" maps to Email by
 * its alias, and "Mobile" is left unmapped until the user maps it.
 */
const FILE = {
  name: 'keyboard.csv',
  buffer: Buffer.from(
    'First Name,E-mail Address,Mobile\nAnn,ann@example.com,\nBob,bob@,\nCy,cy@example.com,\n',
  ),
};

/** Presses Tab (or Shift+Tab) until the focus is on `selector`, as a keyboard user would. */
async function tabTo(page: Page, panel: Frame, selector: string, back = false): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await panel.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Chooses an option of the focused menu by typing its label, as a keyboard user does. The
 * browser's type-ahead forgets what was typed after a second's pause, which a busy machine can
 * put between two keys; a user who sees the wrong choice types the label again.
 */
async function chooseByTyping(
  page: Page,
  panel: Frame,
  selector: string,
  label: string,
  value: string,
): Promise<void> {
  const chosen = () =>
    panel.evaluate(
      ([s, v]) => document.querySelector<HTMLSelectElement>(s!)?.value === v,
      [selector, value],
    );
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.type(label);
    await page.waitForTimeout(1_200);
    if (await chosen()) return;
  }
  throw new Error(`Typing "${label}" never chose ${value} in ${selector}`);
}

describe('the whole flow by keyboard alone', () => {
  const stage = onPlainImportScreen();

  it('from the pick to the cleaned file in the uploader: a code, a cell edit, a mapping, the hand-over', async () => {
    const page = await stage.browser.context.newPage();
    await page.goto(stage.server.url('/plain-input'));
    // The pick is the browser's file chooser; everything after it is keys.
    await pickFile(page, '#upload', FILE);
    const panel = await panelOf(page);
    await panel.waitForSelector('[data-verdict][data-need-you="1"]');
    expect(await panel.evaluate(() => document.hasFocus())).toBe(true);

    // The summary's code, then its row in the grid, focused.
    await tabTo(page, panel, '[data-show-code="1008"]');
    await page.keyboard.press('Enter');
    await panel.waitForSelector('[data-cell="3:E-mail Address"][aria-selected="true"]');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');

    // Edit the cell: Enter opens it, typing replaces the value, Enter commits and checks again.
    await page.keyboard.press('Enter');
    await panel.waitForSelector('[data-cell-editor]');
    await page.keyboard.type('bob@example.org');
    await page.keyboard.press('Enter');
    await panel.waitForSelector('[data-verdict][data-need-you="0"]');

    // Map the unmapped column: open the mapping step, choose Phone by typing its label.
    await tabTo(page, panel, '[data-mapping] > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, panel, 'select[data-mapping-column="Mobile"]');
    await chooseByTyping(page, panel, 'select[data-mapping-column="Mobile"]', 'Phone', 'phone');
    await panel.waitForSelector(
      '[data-preflight-panel][data-state="done"] [data-verdict][data-need-you="0"]',
    );

    // Hand the cleaned file over.
    await tabTo(page, panel, '[data-action="use-cleaned"]:not([disabled])', true);
    await page.keyboard.press('Enter');
    await receivedAtLeast(page, 1);
    const [file] = await received(page);
    expect(file?.text).toContain('Bob,bob@example.org');
    await page.close();
  });
});
