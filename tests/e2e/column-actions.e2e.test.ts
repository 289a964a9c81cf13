import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, setLocalStorage, shot, type ExtensionBrowser } from './browser';
import { pickFile } from './user-input';

const SETTINGS = {
  users: [{ name: 'Mia Lopez', email: 'mia@example.com' }],
  customFields: [{ name: 'Stage', type: 'dropdown', options: ['Lead', 'Customer', 'Churned'] }],
};

/** Owners and stages a little off: each has a closest user or option, none is applied alone. */
const FILE = {
  name: 'column.csv',
  buffer: Buffer.from(
    'Email,Owner,Stage\na@example.com,Mia Lopes,Custmer\nb@example.com,Mia Lopez,Lead\nc@example.com,Mia Lope,Churnd\n',
  ),
};

const codes = (page: Page) =>
  page.$$eval('.summary [data-code][data-count]', (items) =>
    items.map((item) => `${item.getAttribute('data-code')}=${item.getAttribute('data-count')}`),
  );

describe("a column's actions in the grid", () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchExtension();
    const options = await browser.openExtensionPage('popup.html');
    await setLocalStorage(options, { settings: SETTINGS });
    await options.close();
    page = await browser.openExtensionPage('checker.html');
    await pickFile(page, '.dropzone input[type=file]', FILE);
    // 1005 and 1015 need the saved users and custom field: their codes tell the settings are in.
    await page.locator('.summary [data-code="1005"]').waitFor();
    await page.locator('.summary [data-code="1015"]').waitFor();
    await page.locator('[data-preflight-panel][data-state="done"] [role="grid"]').waitFor();
  });
  afterAll(() => browser?.close());

  it("takes a column's suggestions in one step, and Undo takes them back in one", async () => {
    expect(await codes(page)).toEqual(expect.arrayContaining(['1005=2', '1015=2']));
    await page.locator('[data-cell="2:Stage"]').click();
    const apply = page.locator('[data-action="apply-suggestions"]');
    expect(await apply.innerText()).toBe('Use 2 suggestions in Stage');
    await apply.click();
    await page.locator('.summary [data-code="1005"]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-edit-count]').getAttribute('data-edit-count')).toBe('2');
    expect(await page.locator('[data-cell="2:Stage"]').innerText()).toContain('Customer');
    await shot(page, 'grid-column-actions');
    await page.locator('[data-action="undo"]').click();
    await page.locator('.summary [data-code="1005"]').waitFor();
    expect(await page.locator('[data-edit-count]').getAttribute('data-edit-count')).toBe('0');
  });

  it('empties a column, cells the cleaned file had emptied included', async () => {
    await page.locator('[data-cell="2:Owner"]').click();
    await page.locator('[data-action="empty-column"]').click();
    await page.locator('.summary [data-code="1015"]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-edit-count]').getAttribute('data-edit-count')).toBe('3');
  });
});
