import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, shot, startServer, UK_CONTACT, type ExtensionBrowser } from './browser';

const PANEL = '[data-preflight-panel]';
const OWNER_FILE = 'First Name,Email,Contact Owner\r\nAmelia,amelia@example.com,Mia Lopez\r\n';
const EXPORT = [
  'Contact Id,First Name,Email',
  'aaaaaaaaaaaaaaaaaaa1,Ann,ann@example.com',
  'aaaaaaaaaaaaaaaaaaa2,Annie,ANN@example.com',
  'aaaaaaaaaaaaaaaaaaa3,Bob,bob@example.com',
  '',
].join('\r\n');

/** Runs in an extension page, where the extension API is `chrome`. */
interface Chrome {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
}

const stored = (page: Page, key: string) =>
  page.evaluate(
    async (name) =>
      (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(name))[name],
    key,
  );

const file = (name: string, text: string, mimeType = 'text/csv') => ({
  name,
  mimeType,
  buffer: Buffer.from(text),
});

describe('the options page (options.html)', () => {
  let browser: ExtensionBrowser;
  let options: Page;

  /** Checks a file on a new checker page; returns the summary as "code=count". */
  async function checkCounts(name: string, text: string): Promise<string[]> {
    const page = await browser.openExtensionPage('checker.html');
    await page.locator('input[type=file]').setInputFiles(file(name, text));
    const finished = page.locator(`${PANEL}[data-state="done"], ${PANEL}[data-state="error"]`);
    await finished.waitFor({ state: 'attached', timeout: 30_000 });
    if ((await finished.getAttribute('data-state')) === 'error') {
      throw new Error(`The check failed: ${(await finished.innerText()).trim()}`);
    }
    const counts = await page.$$eval('[data-code][data-count]', (items) =>
      items.map((item) => `${item.getAttribute('data-code')}=${item.getAttribute('data-count')}`),
    );
    await page.close();
    return counts;
  }

  /** Makes a change and waits for its own "Saved." (the status counts the saves made). */
  async function saved(change: () => Promise<unknown>): Promise<void> {
    const status = options.locator('[role="status"][data-saves]');
    const before = Number(await status.getAttribute('data-saves'));
    await change();
    await options
      .locator(`[role="status"][data-saves="${before + 1}"]`, { hasText: 'Saved.' })
      .waitFor();
  }

  async function setCountry(country: string): Promise<void> {
    await options.fill('input[name="country"]', country);
    await saved(() => options.press('input[name="country"]', 'Enter'));
  }

  beforeAll(async () => {
    browser = await launchExtension();
    options = await browser.openExtensionPage('options.html');
    await options.locator('[data-preflight-options]').waitFor();
    await shot(options, 'options-empty');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens with the privacy statement', async () => {
    const privacy = options.locator('[data-section="privacy"]');
    expect(await privacy.innerText()).toContain('Nothing is sent anywhere');
    expect(await privacy.innerText()).toContain('all at once with Clear all');
  });

  it('keeps settings per sub-account: added as a copy, edited apart, renamed, exported, deleted', async () => {
    const defaults = await stored(options, 'settings');
    await options.fill('input[name="new-profile-location"]', 'bad id!');
    await options.click('[data-action="add-profile"]');
    await options.locator('.field-error', { hasText: 'letters and digits' }).waitFor();
    await options.fill('input[name="new-profile-location"]', 'ukAgency0001');
    await options.fill('input[name="new-profile-name"]', 'London office');
    await saved(() => options.click('[data-action="add-profile"]'));
    expect(await options.inputValue('select[name="profile"]')).toBe('ukAgency0001');
    // The sections below now edit the sub-account's settings, not the defaults.
    await setCountry('GB');
    expect(await stored(options, 'profiles')).toMatchObject({
      ukAgency0001: { name: 'London office', settings: { country: 'GB' } },
    });
    expect(await stored(options, 'settings')).toEqual(defaults);
    await options.fill('input[name="profile-name"]', 'London');
    await saved(() => options.press('input[name="profile-name"]', 'Enter'));
    expect(await stored(options, 'profiles')).toMatchObject({ ukAgency0001: { name: 'London' } });
    const download = options.waitForEvent('download');
    await options.click('[data-action="export-profile"]');
    const exported = await download;
    expect(exported.suggestedFilename()).toBe('preflight-ukAgency0001.json');
    expect(JSON.parse(readFileSync((await exported.path())!, 'utf8'))).toMatchObject({
      country: 'GB',
    });
    await shot(options, 'options-sub-accounts');
    await saved(() => options.click('[data-action="delete-profile"]'));
    expect(await stored(options, 'profiles')).toEqual({});
    expect(await options.inputValue('select[name="profile"]')).toBe('');
  });

  it("changes the next check's result when the country changes", async () => {
    expect(await checkCounts(UK_CONTACT.name, UK_CONTACT.buffer.toString())).toEqual(['1013=1']);
    await setCountry('GB');
    expect(await stored(options, 'settings')).toMatchObject({ country: 'GB' });
    expect(await checkCounts(UK_CONTACT.name, UK_CONTACT.buffer.toString())).toEqual([]);

    // A country no phone rules exist for is refused beside the field, and not saved.
    await options.fill('input[name="country"]', 'XX');
    await options.press('input[name="country"]', 'Enter');
    await options.locator('.field-error', { hasText: '"XX" is not a country code' }).waitFor();
    expect(await stored(options, 'settings')).toMatchObject({ country: 'GB' });
    await options.fill('input[name="country"]', '');
    await options.press('input[name="country"]', 'Enter');
    await options.locator('.field-error', { hasText: 'The country is empty' }).waitFor();
    await setCountry('US');
    expect(await options.locator('.field-error').count()).toBe(0);
  });

  it('saves the file limits and fixes, refusing what is not a number', async () => {
    await options.fill('input[name="maxRows"]', 'lots');
    await options.press('input[name="maxRows"]', 'Enter');
    await options.locator('.field-error', { hasText: 'Enter a whole number of rows' }).waitFor();
    expect(await options.inputValue('input[name="maxRows"]')).toBe('lots');
    await options.fill('input[name="maxRows"]', '10,000');
    await saved(() => options.press('input[name="maxRows"]', 'Enter'));
    await saved(() => options.check('input[name="mergeDuplicates"]'));
    await saved(() => options.uncheck('input[data-fix-kind="dates"]'));
    expect(await stored(options, 'settings')).toMatchObject({
      limits: { maxRows: 10000, maxBytes: 30 * 1024 * 1024 },
      fixes: { mergeDuplicates: true, applyEmailTypos: false, off: ['dates'] },
    });
    await saved(() => options.check('input[data-fix-kind="dates"]'));
    expect(await stored(options, 'settings')).toMatchObject({ fixes: { off: [] } });
    expect(await options.locator('.field-error').count()).toBe(0);
  });

  it("makes a file's Owner column pass once its user is added", async () => {
    expect(await checkCounts('owners.csv', OWNER_FILE)).toEqual(['1015=1']);
    const users = options.locator('[data-section="users"]');
    await users.locator('input[name="new-user-name"]').fill('Mia Lopez');
    await users.locator('input[name="new-user-email"]').fill('mia@');
    await users.locator('[data-action="add-user"]').click();
    await users.locator('.field-error', { hasText: '"mia@" is not an email address' }).waitFor();
    await shot(options, 'options-field-error');
    await users.locator('input[name="new-user-email"]').fill('mia@agency.example');
    await saved(() => users.locator('[data-action="add-user"]').click());
    expect(await users.locator('tbody input[name="user-name"]').inputValue()).toBe('Mia Lopez');
    expect(await checkCounts('owners.csv', OWNER_FILE)).toEqual([]);
  });

  it('saves a user edited in place on Enter, without trying to add the empty new row', async () => {
    const users = options.locator('[data-section="users"]');
    const name = users.locator('tbody input[name="user-name"]').first();
    await name.fill('Mia R. Lopez');
    await saved(() => name.press('Enter'));
    expect(await stored(options, 'settings')).toMatchObject({
      users: [{ name: 'Mia R. Lopez', email: 'mia@agency.example' }],
    });
    expect(await users.locator('.field-error').count()).toBe(0);
    await name.fill('Mia Lopez');
    await saved(() => name.press('Enter'));
  });

  it('adds users pasted from a spreadsheet, naming the lines left out', async () => {
    const users = options.locator('[data-section="users"]');
    await users
      .locator('textarea[name="paste-users"]')
      .fill('Name\tEmail\nNoah Kim\tnoah@agency.example\nAva Stone\tava-at-agency\n');
    await saved(() => users.locator('[data-action="paste-users"]').click());
    const result = users.locator('[data-import-result="users"]');
    expect(await result.locator('p').innerText()).toBe('1 user added. Left out:');
    expect(await result.locator('li').allInnerTexts()).toEqual([
      'Line 3: "ava-at-agency" is not an email address.',
    ]);
    expect(await stored(options, 'settings')).toMatchObject({
      users: [
        { name: 'Mia Lopez', email: 'mia@agency.example' },
        { name: 'Noah Kim', email: 'noah@agency.example' },
      ],
    });
  });

  it('imports custom fields from a CSV, and refuses a dropdown without options', async () => {
    const fields = options.locator('[data-section="custom-fields"]');
    await fields
      .locator('[data-action="import-fields"]')
      .setInputFiles(
        file(
          'fields.csv',
          'Field Name,Data Type,Options\r\nLifecycle Stage,Dropdown (Single),Lead|Customer|Churned\r\nContract,File Upload,\r\n',
        ),
      );
    await fields
      .locator('[data-import-result="fields"]', { hasText: '2 custom fields added.' })
      .waitFor();
    const added = fields.locator('tfoot');
    await added.locator('input[name="field-name"]').fill('Region');
    await added.locator('select[name="field-type"]').selectOption('radio');
    await fields.locator('[data-action="add-field"]').click();
    await fields.locator('.field-error', { hasText: 'list its options' }).waitFor();
    await added.locator('input[name="field-options"]').fill('North | South');
    await saved(() => fields.locator('[data-action="add-field"]').click());
    expect(await stored(options, 'settings')).toMatchObject({
      customFields: [
        { name: 'Lifecycle Stage', type: 'dropdown', options: ['Lead', 'Customer', 'Churned'] },
        { name: 'Contract', type: 'file', options: [] },
        { name: 'Region', type: 'radio', options: ['North', 'South'] },
      ],
    });
  });

  it('loads a contacts export, shows its row count, and the next check uses it', async () => {
    const reference = options.locator('[data-section="reference"]');
    await reference
      .locator('[data-action="load-reference"]')
      .setInputFiles(file('not-contacts.csv', 'Deal,Amount\r\nBig,100\r\n'));
    await reference
      .locator('.field-error', { hasText: 'no Contact Id, Email or Phone column' })
      .waitFor();

    await reference
      .locator('[data-action="load-reference"]')
      .setInputFiles(file('export.csv', EXPORT));
    await reference.locator('[data-reference-rows="3"]').waitFor();
    expect(await reference.innerText()).toContain('export.csv');
    expect(await reference.innerText()).toContain('3 contacts');
    expect(await checkCounts('ann.csv', 'Email\r\nann@example.com\r\n')).toEqual(['1010=1']);
    await shot(options, 'options-filled');
  });

  it('removes the contacts export', async () => {
    const reference = options.locator('[data-section="reference"]');
    await saved(() => reference.locator('[data-action="remove-reference"]').click());
    await reference.locator('[data-reference="none"]').waitFor();
    expect(await checkCounts('ann.csv', 'Email\r\nann@example.com\r\n')).toEqual([]);
  });

  it('saves the reports history limits, refusing those out of range', async () => {
    await options.fill('input[name="maxDays"]', '0');
    await options.press('input[name="maxDays"]', 'Enter');
    await options.locator('.field-error', { hasText: 'at least 1 day' }).waitFor();
    await options.fill('input[name="maxDays"]', '7');
    await saved(() => options.press('input[name="maxDays"]', 'Enter'));
    expect(await stored(options, 'retention')).toEqual({ maxDays: 7, maxReports: 100 });
    expect(await options.getAttribute('[data-action="open-reports"]', 'href')).toBe(
      browser.extensionUrl('reports.html'),
    );
  });

  it('exports every setting, and imports them back', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.click('[data-action="export-settings"]'),
    ]);
    expect(download.suggestedFilename()).toBe('preflight-settings.json');
    const exported = readFileSync(await download.path(), 'utf8');
    const before = await stored(options, 'settings');
    expect(JSON.parse(exported)).toEqual({
      preflight: 'settings',
      version: 1,
      settings: before,
      checkMode: 'hold',
      retention: { maxDays: 7, maxReports: 100 },
    });

    await setCountry('AU');
    await saved(() => options.uncheck('input[name="hold"]'));
    await options.fill('input[name="maxDays"]', '3');
    await saved(() => options.press('input[name="maxDays"]', 'Enter'));

    await saved(() =>
      options
        .locator('[data-action="import-settings"]')
        .setInputFiles(file('preflight-settings.json', exported, 'application/json')),
    );
    await options.locator('[data-import-settings="done"]').waitFor();
    expect(await stored(options, 'settings')).toEqual(before);
    expect(await stored(options, 'checkMode')).toBe('hold');
    expect(await stored(options, 'retention')).toEqual({ maxDays: 7, maxReports: 100 });
    // The page shows what was imported.
    expect(await options.inputValue('input[name="country"]')).toBe('US');
    expect(await options.isChecked('input[name="hold"]')).toBe(true);
    expect(await options.inputValue('input[name="maxDays"]')).toBe('7');
  });

  it('shows every problem of an invalid settings file, and changes nothing', async () => {
    const before = await stored(options, 'settings');
    const invalid = {
      preflight: 'settings',
      version: 1,
      settings: { country: 'Germany', users: [{ name: 'Mia', email: 7 }] },
      checkMode: 'later',
      retention: { maxDays: 0 },
    };
    await options
      .locator('[data-action="import-settings"]')
      .setInputFiles(file('broken.json', JSON.stringify(invalid), 'application/json'));
    await options.locator('[data-import-settings="refused"]').waitFor();
    expect(await options.locator('[data-import-settings]').innerText()).toBe(
      'Nothing imported: broken.json has 4 problems.',
    );
    const problems = await options
      .locator('[data-section="transfer"] [data-problems] li')
      .allInnerTexts();
    expect(problems).toEqual([
      'settings.country: a two-letter country code such as US',
      expect.stringMatching(/^settings\.users\.0\.email: /),
      'checkMode: "later" is neither "hold" nor "alongside"',
      'retention.maxDays: at least 1 day',
    ]);
    await shot(options, 'options-import-refused');
    expect(await stored(options, 'settings')).toEqual(before);
    expect(await stored(options, 'checkMode')).toBe('hold');
    expect(await stored(options, 'retention')).toEqual({ maxDays: 7, maxReports: 100 });

    await options
      .locator('[data-action="import-settings"]')
      .setInputFiles(file('notes.json', 'not json at all', 'application/json'));
    await options
      .locator('[data-problems] li', { hasText: 'The file is not valid JSON' })
      .waitFor();
  });

  it("exports and imports the sub-account's settings when one is shown, not the defaults", async () => {
    const defaults = await stored(options, 'settings');
    await options.fill('input[name="new-profile-location"]', 'berlinTeam0001');
    await options.fill('input[name="new-profile-name"]', 'Berlin <team>');
    await saved(() => options.click('[data-action="add-profile"]'));
    await setCountry('DE');
    const target = options.locator('[data-transfer-target]');
    expect(await target.getAttribute('data-transfer-target')).toBe('berlinTeam0001');
    expect(await target.innerText()).toContain('act on the settings of Berlin <team>');

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.click('[data-action="export-settings"]'),
    ]);
    expect(download.suggestedFilename()).toBe('preflight-settings-berlinTeam0001.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      settings: { country: string };
    };
    expect(exported.settings).toMatchObject({ country: 'DE' });

    const imported = { ...exported, settings: { ...exported.settings, country: 'AT' } };
    await saved(() =>
      options
        .locator('[data-action="import-settings"]')
        .setInputFiles(file('berlin.json', JSON.stringify(imported), 'application/json')),
    );
    expect(await options.locator('[data-import-settings="done"]').innerText()).toBe(
      'Imported berlin.json into the settings of Berlin <team>.',
    );
    expect(await stored(options, 'profiles')).toMatchObject({
      berlinTeam0001: { settings: { country: 'AT' } },
    });
    expect(await stored(options, 'settings')).toEqual(defaults);
    expect(await options.inputValue('input[name="country"]')).toBe('AT');
    await options.locator('[data-section="transfer"]').scrollIntoViewIfNeeded();
    await shot(options, 'options-transfer-profile');

    await saved(() => options.click('[data-action="delete-profile"]'));
    expect(await target.getAttribute('data-transfer-target')).toBe('default');
    expect(await target.innerText()).toContain('act on the default settings');
  });

  it('removes an enabled white-label domain, unregistering Preflight there', async () => {
    const server = await startServer(
      { '/': '<!doctype html><title>Agency CRM</title>' },
      '127.0.0.2',
    );
    try {
      const chrome = (page: Page) => ({
        send: (message: unknown) =>
          page.evaluate(
            (m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m),
            message,
          ),
        scripts: () =>
          page.evaluate(async () =>
            (
              await (
                globalThis as unknown as { chrome: Chrome }
              ).chrome.scripting.getRegisteredContentScripts()
            ).map((script) => script.id),
          ),
      });
      const api = chrome(options);
      expect(await api.send({ type: 'enable-site', origin: server.origin })).toEqual({ ok: true });
      await options.reload();
      const remove = options.locator(`[data-action="remove-site"][data-site="${server.origin}"]`);
      await remove.waitFor();
      await shot(options, 'options-sites');
      await saved(() => remove.click());
      await remove.waitFor({ state: 'detached' });
      expect(await api.scripts()).toEqual([]);
      await options.locator('[data-sites="none"]').waitFor();
      // The test build was granted this domain at install, which the browser does not take back.
      expect(await options.locator('[data-section="sites"]').innerText()).toContain(
        'Preflight is off on 127.0.0.2',
      );
    } finally {
      await server.close();
    }
  });
});
