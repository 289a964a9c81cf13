import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  panelOf,
  ROOT,
  startServer,
  type ExtensionBrowser,
  type StaticServer,
} from './browser';
import { pickFile } from './user-input';

const SAMPLE = path.join(ROOT, 'assets/samples/keap-export.csv');
const PAGE = `<!doctype html><title>Agency CRM: import contacts</title>
  <input type="file" id="upload" accept=".csv">
  <script>
    window.received = [];
    document.getElementById('upload').addEventListener('change', (e) => window.received.push(e.target.files[0].name));
  </script>`;

// 127.0.0.2 stands in for an agency's own domain: the e2e build is granted it up front, as a user
// would grant it from the popup's permission prompt (a test cannot answer that prompt).
describe('a white-label domain', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let extensionPage: Page;
  const ask = (request: { type: string; origin: string }) =>
    extensionPage.evaluate((message) => {
      // Runs in the extension page, where the extension API is `chrome`.
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage(message);
    }, request);

  beforeAll(async () => {
    browser = await launchExtension();
    server = await startServer({ '/': PAGE }, '127.0.0.2');
    extensionPage = await browser.openExtensionPage('checker.html');
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  async function pick(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url('/'));
    await pickFile(page, '#upload', SAMPLE);
    return page;
  }

  it('is left alone until the user enables it', async () => {
    const page = await pick();
    await page.waitForFunction(
      () => (window as unknown as { received: string[] }).received.length > 0,
    );
    expect(await page.locator('[data-preflight-host]').count()).toBe(0);
    await page.close();
  });

  it('is refused without the permission for it', async () => {
    expect(await ask({ type: 'enable-site', origin: 'https://crm.not-granted.example' })).toEqual({
      ok: false,
      reason: 'refused',
      message: 'no permission for https://crm.not-granted.example',
    });
  });

  it('gets the panel once enabled, and loses it once turned off', async () => {
    expect(await ask({ type: 'enable-site', origin: server.origin })).toEqual({ ok: true });
    const page = await pick();
    const panel = await panelOf(page);
    await panel.click('[data-action="use-cleaned"]');
    await page.waitForFunction(
      () => (window as unknown as { received: string[] }).received.length > 0,
    );
    expect(
      await page.evaluate(() => (window as unknown as { received: string[] }).received),
    ).toEqual(['keap-export-cleaned.csv']);
    await page.close();

    expect(await ask({ type: 'disable-site', origin: server.origin })).toEqual({ ok: true });
    const after = await pick();
    await after.waitForFunction(
      () => (window as unknown as { received: string[] }).received.length > 0,
    );
    expect(await after.locator('[data-preflight-host]').count()).toBe(0);
    await after.close();
  });
});
