import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { panelOf, shot } from './browser';
import { onPlainImportScreen, received, receivedAtLeast } from './stand-ins';
import { pickFile } from './user-input';

/** Row 3's email is not an address: HighLevel would skip the row. */
const FILE = {
  name: 'leads.csv',
  buffer: Buffer.from('First Name,Email\nAnn,ann@example.com\nBob,bob@\nCy,cy@example.com\n'),
};
const BAD_CELL = '[data-cell="3:Email"]';

/** The verdict's counts: rows ready to import and rows that need the user. */
async function verdict(panel: Frame) {
  const element = panel.locator('[data-verdict]');
  return {
    ready: await element.getAttribute('data-ready'),
    needYou: await element.getAttribute('data-need-you'),
  };
}

/** Waits until the panel's verdict says this many rows need the user (a re-check is in). */
const needYou = (panel: Frame, count: number) =>
  panel.waitForSelector(`[data-verdict][data-need-you="${count}"]`, { timeout: 10_000 });

/** The element focused in the panel: the grid, an editor, or what else. */
const focused = (panel: Frame) =>
  panel.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('role') ?? active?.tagName.toLowerCase() ?? null;
  });

describe('editing a cell in the panel’s grid', () => {
  const stage = onPlainImportScreen();

  async function pickBadFile(): Promise<{ page: Page; panel: Frame }> {
    const page = await stage.browser.context.newPage();
    await page.goto(stage.server.url('/plain-input'));
    await pickFile(page, '#upload', FILE);
    const panel = await panelOf(page);
    await panel.waitForSelector('[role="grid"]');
    return { page, panel };
  }

  it('re-checks an edit at once, undoes and redoes it, and hands the page the edited file', async () => {
    const { page, panel } = await pickBadFile();
    expect(await verdict(panel)).toEqual({ ready: '2', needYou: '1' });
    expect(await panel.locator(BAD_CELL).getAttribute('data-issue')).toBe('1008');

    // From the keyboard: into the grid, to the next problem, open the editor, type, commit.
    await panel.focus('[role="grid"]');
    await page.keyboard.press('n');
    expect(await panel.locator(BAD_CELL).getAttribute('aria-selected')).toBe('true');
    expect(await panel.textContent('[data-cell-reason]')).toContain('1008');
    await page.keyboard.press('Enter');
    const editor = panel.locator(`${BAD_CELL} [data-cell-editor]`);
    expect(await editor.inputValue()).toBe('bob@');
    await shot(page, 'grid-edit-open-editor');
    await page.keyboard.type('bob@example.org');
    await page.keyboard.press('Enter');

    await needYou(panel, 0);
    expect(await verdict(panel)).toEqual({ ready: '3', needYou: '0' });
    expect(await panel.locator(BAD_CELL).getAttribute('data-issue')).toBeNull();
    expect(await panel.textContent(BAD_CELL)).toContain('bob@example.org');
    expect(await panel.textContent('[data-edit-count]')).toContain('1 edit');
    expect(await panel.textContent('[data-cell-reason]')).toContain(
      'Was "bob@"; the cleaned file has "bob@example.org"',
    );
    expect(await focused(panel)).toBe('grid');

    await page.keyboard.press('Control+z');
    await needYou(panel, 1);
    expect(await panel.locator(BAD_CELL).getAttribute('data-issue')).toBe('1008');
    expect(await panel.isDisabled('[data-action="undo"]')).toBe(true);

    await panel.click('[data-action="redo"]');
    await needYou(panel, 0);
    expect(await panel.isDisabled('[data-action="redo"]')).toBe(true);

    await panel.click('[data-action="use-cleaned"]');
    await receivedAtLeast(page, 1);
    const [file] = await received(page);
    expect(file?.text).toContain('Bob,bob@example.org');
    expect(file?.text).not.toContain('bob@\r');
    await page.close();
  });

  it('keeps the edits through a settings change, and a new pick starts without them', async () => {
    const { page, panel } = await pickBadFile();
    // To the problem and into its editor by the keys, as the first test does: a double-click
    // straight after the grid appears can land before the grid has taken the focus.
    await panel.focus('[role="grid"]');
    await page.keyboard.press('n');
    await page.keyboard.press('Enter');
    await panel.waitForSelector(`${BAD_CELL} [data-cell-editor]`);
    await page.keyboard.type('bob@example.org');
    await page.keyboard.press('Enter');
    await needYou(panel, 0);
    await panel.click('[data-action="use-cleaned"]');
    await panel.locator('[data-handed="cleaned"]').waitFor();
    await panel.selectOption('select[name="dateFormat"]', 'DD/MM/YYYY');
    await panel.locator('[data-handed="earlier"]').waitFor();
    await panel.waitForSelector('[data-preflight-panel][data-state="done"]');
    await panel.click('[data-action="use-cleaned"]');
    await receivedAtLeast(page, 2);
    expect((await received(page))[1]?.text).toContain('Bob,bob@example.org');
    expect(await panel.textContent('[data-edit-count]')).toContain('1 edit');

    await pickFile(page, '#upload', FILE);
    await panel.waitForSelector('[data-edit-count="0"]');
    expect(await panel.textContent(BAD_CELL)).toBe('bob@');
    await page.close();
  });

  it('cancels an edit with Escape and keeps the file as it was', async () => {
    const { page, panel } = await pickBadFile();
    await panel.dblclick(BAD_CELL);
    expect(await panel.locator(`${BAD_CELL} [data-cell-editor]`).count()).toBe(1);
    await page.keyboard.type('x@example.org');
    await page.keyboard.press('Escape');
    expect(await panel.locator(`${BAD_CELL} [data-cell-editor]`).count()).toBe(0);
    expect(await panel.textContent(BAD_CELL)).toBe('bob@');
    expect(await panel.isDisabled('[data-action="undo"]')).toBe(true);
    expect(await panel.locator('[data-preflight-panel]').count()).toBe(1);
    await page.close();
  });

  it('is one tab stop: Tab reaches the grid once and Tab again leaves it', async () => {
    const { page, panel } = await pickBadFile();
    await panel.focus('select[name="filter"]');
    await page.keyboard.press('Tab');
    expect(await focused(panel)).toBe('grid');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    expect(await focused(panel)).not.toBe('grid');
    expect(
      await panel.evaluate(() => document.activeElement?.closest('[role="grid"]') ?? null),
    ).toBeNull();
    await page.close();
  });

  it('has the editor focused before the next key can arrive, so none is lost', async () => {
    const { page, panel } = await pickBadFile();
    await panel.focus('[role="grid"]');
    await page.keyboard.press('n');
    // Enter, then what the next key would find: keys come as tasks of their own, and one typed
    // at once after Enter had gone to the grid on a busy machine ("bob@…" arrived as "ob@…").
    const focusedNext = await panel.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const grid = document.querySelector('[role="grid"]');
          grid?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          setTimeout(() => resolve(document.activeElement?.matches('[data-cell-editor]') ?? false));
        }),
    );
    expect(focusedNext).toBe(true);
    await page.close();
  });
});
